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

	/** Where an advertised range sits against this one: overlapping counts as within. */
	public Position position(int advertisedMin, int advertisedMax) {
		if (advertisedMax < this.range.min()) {
			return Position.BELOW;
		}
		if (!this.range.openEnded() && advertisedMin > this.range.max()) {
			return Position.ABOVE;
		}
		return Position.WITHIN;
	}

	public String display() {
		return this.range.display() + (this.perDay ? "/day" : "");
	}

	public enum Position {

		BELOW("below"), WITHIN("within"), ABOVE("above");

		private final String word;

		Position(String word) {
			this.word = word;
		}

		public String word() {
			return this.word;
		}

	}

}
