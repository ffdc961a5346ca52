package uk.mljobs.salary;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;

/**
 * Where one salary or day rate sits: against the curated band (or typical day rate) and
 * among advertised pay for the same role, level and region.
 *
 * @param perDay whether {@code pay} is a day rate
 * @param band the curated band or typical day rate, or null when there is none
 * @param advertised percentiles of advertised pay, or null when no posting matched
 * @param months the advertised window
 */
public record CheckResult(RoleView role, LevelView level, RegionView region, int pay, boolean perDay, PayRange band,
		PayStatistics advertised, int months) {

	public String payDisplay() {
		return Gbp.format(this.pay) + (this.perDay ? " a day" : " a year");
	}

	/** In words, against the curated figures. */
	public String againstBand() {
		if (this.band == null) {
			return "There is no curated " + (this.perDay ? "day rate" : "band") + " for this yet.";
		}
		String what = this.perDay ? "the typical day rate" : "the curated band";
		String range = this.band.display();
		if (this.pay < this.band.min()) {
			return "Below " + what + " (" + range + ") by " + Gbp.format(this.band.min() - this.pay) + ".";
		}
		if (this.pay > this.band.max()) {
			return this.band.openEnded() ? "Above the published floor of " + what + "'s open-ended top (" + range + ")."
					: "Above " + what + " (" + range + ") by " + Gbp.format(this.pay - this.band.max()) + ".";
		}
		if (this.band.max() == this.band.min()) {
			return "At " + what + " (" + range + ").";
		}
		long through = Math.round(100.0 * (this.pay - this.band.min()) / (this.band.max() - this.band.min()));
		return "Within " + what + " (" + range + "), " + through + "% of the way from its bottom to its top.";
	}

	/** In words, among advertised pay. */
	public String amongAdvertised() {
		String who = this.perDay ? this.role.title() + " contract day rates in " + this.region.name()
				: this.level.title() + " salaries in " + this.region.name();
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
