package uk.mljobs.salary;

import java.util.List;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;

/**
 * Where one salary or day rate sits: one verdict against the most trusted figures there
 * are (see {@link SalaryChecker}), a figure to ask for, and the evidence.
 *
 * @param perDay whether {@code pay} is a day rate
 * @param yardstick what the verdict is read against, or null when there is nothing to go
 * on
 * @param verdict the verdict, or null with no yardstick
 * @param ask the suggested figure to ask for, or null with no yardstick
 * @param band the range drawn on the chart (the curated band, or the published range), or
 * null
 * @param advertised percentiles of advertised pay, or null when no posting matched
 * @param months the advertised window
 * @param evidence the verdict's evidence other than advertised pay, in words
 * @param disagreement where advertised pay reads the figure two or more steps away from
 * the verdict, what it says and why the verdict stands; else null
 */
public record CheckResult(RoleView role, LevelView level, RegionView region, int pay, boolean perDay,
		Yardstick yardstick, Yardstick.Verdict verdict, Yardstick.Ask ask, PayRange band, PayStatistics advertised,
		int months, List<String> evidence, String disagreement) {

	public String payDisplay() {
		return Gbp.format(this.pay) + (this.perDay ? " a day" : " a year");
	}

	/** Who the figure is for: "Senior MLOps Engineer roles in London". */
	public String who() {
		return (this.perDay ? this.role.title() + " contracts" : this.level.title() + " roles") + " in " + where();
	}

	/** The region as a sentence says it: "London", "the rest of the UK". */
	private String where() {
		return "rest-of-uk".equals(this.region.slug()) ? "the rest of the UK" : this.region.name();
	}

	/**
	 * The verdict in one sentence: "£72,500 a year is on the low side for MLOps Engineer
	 * roles in London."
	 */
	public String sentence() {
		if (this.verdict == null) {
			return "There is not enough to judge " + payDisplay() + " for " + who() + " yet.";
		}
		return payDisplay() + " is " + this.verdict.words() + " for " + who() + ".";
	}

	/** What the verdict was read against, in words. */
	public String basis() {
		if (this.yardstick == null) {
			return "This role has no curated band or published figures for this, and fewer than "
					+ PayStatistics.MIN_POSTINGS + " postings on this board advertise pay for it in the last "
					+ this.months + " months.";
		}
		return "Judged against " + this.yardstick.description() + ".";
	}

	/** What the drawn range is: "Curated band", "Published range (every level)". */
	public String bandLabel() {
		if (this.perDay) {
			return "Published day rates";
		}
		return (this.yardstick != null && this.yardstick.basis() == Yardstick.Basis.BAND) ? "Curated band"
				: "Published range (every level)";
	}

	/** Where a figure sits in a range, in words: "Within the curated band (…), 21% …". */
	static String withinRange(int pay, PayRange range, String what) {
		String shown = range.display();
		if (pay < range.min()) {
			return "Below " + what + " (" + shown + ") by " + Gbp.format(range.min() - pay) + ".";
		}
		if (pay > range.max()) {
			return range.openEnded() ? "Above the published floor of " + what + "'s open-ended top (" + shown + ")."
					: "Above " + what + " (" + shown + ") by " + Gbp.format(pay - range.max()) + ".";
		}
		if (range.max() == range.min()) {
			return "At " + what + " (" + shown + ").";
		}
		long through = Math.round(100.0 * (pay - range.min()) / (range.max() - range.min()));
		return "Within " + what + " (" + shown + "), " + through + "% of the way from its bottom to its top.";
	}

	/** In words, among advertised pay. */
	public String amongAdvertised() {
		String who = this.perDay ? this.role.title() + " contract day rates in " + where()
				: this.level.title() + " salaries in " + where();
		if (this.advertised == null || !this.advertised.enough()) {
			long n = (this.advertised != null) ? this.advertised.n() : 0;
			return "Not enough advertised " + who + " in the last " + this.months + " months to compare (" + n
					+ " posting" + ((n == 1) ? "" : "s") + "; we need " + PayStatistics.MIN_POSTINGS + ").";
		}
		PayStatistics s = this.advertised;
		String where;
		if (this.pay < s.p10()) {
			where = "below the 10th percentile (" + RoleInsights.pounds(s.p10()) + ")";
		}
		else if (this.pay < s.p25()) {
			where = "between the 10th and 25th percentiles";
		}
		else if (this.pay < s.median()) {
			where = "between the 25th percentile and the median (" + RoleInsights.pounds(s.median()) + ")";
		}
		else if (this.pay < s.p75()) {
			where = "between the median (" + RoleInsights.pounds(s.median()) + ") and the 75th percentile";
		}
		else if (this.pay <= s.p90()) {
			where = "between the 75th and 90th percentiles";
		}
		else {
			where = "above the 90th percentile (" + RoleInsights.pounds(s.p90()) + ")";
		}
		return "Among " + s.n() + " advertised " + who + " in the last " + this.months + " months, it sits " + where
				+ ".";
	}

	/** The scale of the picture: every figure shown, with a margin either side. */
	public Chart chart() {
		double lo = this.pay;
		double hi = this.pay;
		if (this.band != null) {
			lo = Math.min(lo, this.band.min());
			hi = Math.max(hi, this.band.max());
		}
		if (this.advertised != null && this.advertised.enough()) {
			lo = Math.min(lo, this.advertised.p10());
			hi = Math.max(hi, this.advertised.p90());
		}
		if (this.yardstick != null && this.yardstick.basis() == Yardstick.Basis.MARKET) {
			lo = Math.min(lo, this.yardstick.centre());
			hi = Math.max(hi, this.yardstick.centre());
		}
		double margin = (hi - lo) * 0.08 + (this.perDay ? 25 : 2_500);
		return new Chart(Math.max(0, lo - margin), hi + margin);
	}

	/**
	 * A horizontal scale of pounds drawn 600 units wide, 20 of them margin each side.
	 */
	public record Chart(double lo, double hi) {

		public long x(double pounds) {
			return Math.round(20 + 560 * (pounds - this.lo) / (this.hi - this.lo));
		}

		public long width(double from, double to) {
			return Math.max(2, x(to) - x(from));
		}

	}

}
