package uk.mljobs.salary;

import uk.mljobs.shared.PayRange;

/**
 * The curated figure an advertised rate is read against.
 *
 * @param label what the range is ("Curated band for Senior MLOps Engineer in London")
 * @param range the range itself
 * @param perDay whether the range is a day rate rather than an annual salary
 * @param source where the range comes from, with its year
 */
public record PayBenchmark(String label, PayRange range, boolean perDay, String source) {

	/**
	 * Where an advertised range sits against this one. Within only when the whole
	 * advertised range lies inside the band; a range that merely overlaps it starts
	 * below, reaches above, or both.
	 */
	public Position position(int advertisedMin, int advertisedMax) {
		boolean open = this.range.openEnded();
		if (advertisedMax < this.range.min()) {
			return Position.BELOW;
		}
		if (!open && advertisedMin > this.range.max()) {
			return Position.ABOVE;
		}
		boolean startsBelow = advertisedMin < this.range.min();
		boolean reachesAbove = !open && advertisedMax > this.range.max();
		if (startsBelow && reachesAbove) {
			return Position.SPANS;
		}
		return startsBelow ? Position.STARTS_BELOW : reachesAbove ? Position.REACHES_ABOVE : Position.WITHIN;
	}

	/** The label inside a sentence ("… against the curated band for …"). */
	public String inSentence() {
		return "the " + Character.toLowerCase(this.label.charAt(0)) + this.label.substring(1);
	}

	public String display() {
		return this.range.display() + (this.perDay ? " a day" : "");
	}

	public enum Position {

		BELOW("Below the range"), STARTS_BELOW("Starts below the range"), WITHIN("Within the range"),
		REACHES_ABOVE("Reaches above the range"), SPANS("Starts below and reaches above the range"),
		ABOVE("Above the range");

		private final String words;

		Position(String words) {
			this.words = words;
		}

		/** How the posting page says it: "Starts below the range". */
		public String words() {
			return this.words;
		}

		/** The CSS class suffix: "starts-below". */
		public String slug() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

}
