package uk.mljobs.salary;

import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;

/**
 * What the salary checker judges a figure against, with the points its verdict turns on.
 * A figure under {@code floor} is below the usual range, under {@code low} on the low
 * side, over {@code high} on the high side, over {@code ceiling} above the usual range;
 * between {@code low} and {@code high} it is typical. Either end may be open (null).
 *
 * @param basis where the figures come from
 * @param description the figures in words, such as "the curated band (£65,000–£100,000)"
 * @param centre the figure a seeker paid under it is told to ask for
 * @param centreName what {@code centre} is, such as "the middle of the curated band"
 * @param upper the figure to ask for when already at or over {@code centre}, or null
 * @param upperName what {@code upper} is
 */
public record Yardstick(Basis basis, String description, Double floor, double low, double high, Double ceiling,
		double centre, String centreName, Double upper, String upperName) {

	/** Where a yardstick's figures come from, the most trusted first. */
	public enum Basis {

		/** A curated band for the level and region, which admins review. */
		BAND("the curated band", "admins curate and review it for this level and region"),

		/** The figures the role's published sources give (for every level). */
		MARKET("the published market figures", "they come from the role's published sources"),

		/** Advertised pay on this board, when nothing curated or published exists. */
		ADVERTISED("advertised pay on this board", "there is nothing curated or published to go on");

		private final String words;

		private final String why;

		Basis(String words, String why) {
			this.words = words;
			this.why = why;
		}

		public String words() {
			return this.words;
		}

		/** Why a verdict follows this basis over advertised pay. */
		public String why() {
			return this.why;
		}

	}

	/**
	 * A band or range without a median: thirds of it are low, typical and high; below or
	 * above it is outside. An open-ended top has no ceiling. The suggested ask is its
	 * middle, then three-quarters of the way up.
	 */
	static Yardstick ofRange(Basis basis, String description, PayRange range) {
		double width = range.max() - range.min();
		String what = (basis == Basis.BAND) ? "the curated band" : "the published range";
		return new Yardstick(basis, description, (double) range.min(), range.min() + width / 3,
				range.min() + 2 * width / 3, range.openEnded() ? null : (double) range.max(), range.min() + width / 2,
				"the middle of " + what, range.min() + 0.75 * width, "three-quarters of the way up " + what);
	}

	/**
	 * A published median, with the typical range around it where one is published: within
	 * 10% of the median is typical; outside the range (or, without one, under 75% or over
	 * 133% of the median) is outside the usual range. The suggested ask is the median,
	 * then halfway from it to the top of the range.
	 */
	static Yardstick ofMedian(String description, int median, String medianName, PayRange range) {
		double floor = (range != null) ? range.min() : 0.75 * median;
		Double ceiling = (range == null) ? Double.valueOf(median * 4 / 3.0)
				: range.openEnded() ? null : Double.valueOf(range.max());
		double low = Math.max(floor, 0.9 * median);
		double high = (ceiling != null) ? Math.min(ceiling, 1.1 * median) : 1.1 * median;
		Double upper = (range != null && range.max() > median) ? Double.valueOf((median + range.max()) / 2.0) : null;
		return new Yardstick(Basis.MARKET, description, floor, low, high, ceiling, median, medianName, upper,
				"halfway from the median to the top of the typical range");
	}

	/**
	 * Advertised pay with enough postings: under the 10th percentile is below the usual
	 * range, under the 25th low, over the 75th high, over the 90th above; the suggested
	 * ask is the median, then the 75th percentile.
	 */
	static Yardstick ofAdvertised(PayStatistics s, String description) {
		return new Yardstick(Basis.ADVERTISED, description, s.p10(), s.p25(), s.p75(), s.p90(), s.median(),
				"the advertised median", s.p75(), "the advertised 75th percentile");
	}

	/** Where {@code pay} sits on this yardstick. */
	public Verdict verdictOn(int pay) {
		if (this.floor != null && pay < this.floor) {
			return Verdict.BELOW;
		}
		if (this.ceiling != null && pay > this.ceiling) {
			return Verdict.ABOVE;
		}
		if (pay < this.low) {
			return Verdict.LOW;
		}
		return (pay > this.high) ? Verdict.HIGH : Verdict.TYPICAL;
	}

	/**
	 * The figure to ask for: {@code centre} when paid under it, else {@code upper} when
	 * paid under that, else the figure itself; rounded up to £500 a year or £25 a day.
	 */
	public Ask askFor(int pay, boolean perDay) {
		int step = perDay ? 25 : 500;
		if (pay < this.centre) {
			return new Ask(roundUp(this.centre, step), this.centreName, false);
		}
		if (this.upper != null && pay < this.upper) {
			return new Ask(roundUp(this.upper, step), this.upperName, false);
		}
		return new Ask(pay, "your own figure, already in the upper part of " + this.basis.words(), true);
	}

	private static int roundUp(double pounds, int step) {
		return (int) (Math.ceil(pounds / step - 1e-9) * step);
	}

	/**
	 * A suggested figure to ask for.
	 *
	 * @param pounds the figure
	 * @param basis what it is, such as "the middle of the curated band"
	 * @param hold whether it is the seeker's own figure
	 */
	public record Ask(int pounds, String basis, boolean hold) {

		public String display(boolean perDay) {
			return Gbp.format(this.pounds) + (perDay ? " a day" : " a year");
		}

	}

	/** A plain verdict, worst first. */
	public enum Verdict {

		BELOW(-2, "below the usual range"), LOW(-1, "on the low side"), TYPICAL(0, "typical"),
		HIGH(1, "on the high side"), ABOVE(2, "above the usual range");

		private final int step;

		private final String words;

		Verdict(int step, String words) {
			this.step = step;
			this.words = words;
		}

		/** From -2 (below) to 2 (above). */
		public int step() {
			return this.step;
		}

		/** As the verdict sentence says it: "on the low side". */
		public String words() {
			return this.words;
		}

		/** The CSS class suffix: "below", "low", ... */
		public String slug() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
