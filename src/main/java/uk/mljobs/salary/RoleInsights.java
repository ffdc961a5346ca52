package uk.mljobs.salary;

import java.util.List;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.PayRange;

/**
 * Advertised pay for one role beside the curated figures, over the last {@code months}.
 *
 * @param annual a row per level and region, levels in order
 * @param daily a row per region: contract day rates, all levels together
 * @param premiums London's median over the rest of the UK's, per level where both have
 * enough postings, then all levels together
 */
public record RoleInsights(RoleView role, int months, List<AnnualRow> annual, List<DailyRow> daily,
		List<Premium> premiums, List<AdvertisedPay.MonthlyMedian> trend, AdvertisedPay.Provenance provenance) {

	public RoleInsights(RoleView role, int months, List<AnnualRow> annual, List<DailyRow> daily, List<Premium> premiums,
			List<AdvertisedPay.MonthlyMedian> trend) {
		this(role, months, annual, daily, premiums, trend, AdvertisedPay.Provenance.NONE);
	}

	/**
	 * Advertised salaries as box plots, a row per level and region with enough postings.
	 */
	public BoxPlot annualPlot() {
		return BoxPlot.annual(this.annual);
	}

	/** Advertised day rates as box plots, a row per region with enough postings. */
	public BoxPlot dailyPlot() {
		return BoxPlot.daily(this.daily);
	}

	/** Months with enough postings to plot, oldest first. */
	public List<AdvertisedPay.MonthlyMedian> plotted() {
		return this.trend.stream().filter((month) -> month.n() >= PayStatistics.MIN_POSTINGS).toList();
	}

	/**
	 * The trend line's points in a 600 by 160 box (x from 80 to 580, y from 20 to 130),
	 * as SVG's {@code points} attribute wants them.
	 */
	public String trendPoints() {
		List<AdvertisedPay.MonthlyMedian> points = plotted();
		if (points.isEmpty()) {
			return "";
		}
		double lo = points.stream().mapToDouble(AdvertisedPay.MonthlyMedian::median).min().orElse(0);
		double hi = points.stream().mapToDouble(AdvertisedPay.MonthlyMedian::median).max().orElse(0);
		double span = Math.max(hi - lo, 1);
		// Across by calendar month, so a month left out for too few postings leaves its
		// gap.
		java.time.LocalDate first = points.get(0).month();
		long months = java.time.temporal.ChronoUnit.MONTHS.between(first, points.get(points.size() - 1).month());
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			long offset = java.time.temporal.ChronoUnit.MONTHS.between(first, points.get(i).month());
			long x = (months == 0) ? 330 : Math.round(80 + 500.0 * offset / months);
			long y = Math.round(130 - 110 * (points.get(i).median() - lo) / span);
			out.append((i > 0) ? " " : "").append(x).append(',').append(y);
		}
		return out.toString();
	}

	/** The lowest and highest plotted medians, for the chart's labels. */
	public String trendLow() {
		return pounds(plotted().stream().mapToDouble(AdvertisedPay.MonthlyMedian::median).min().orElse(0));
	}

	public String trendHigh() {
		return pounds(plotted().stream().mapToDouble(AdvertisedPay.MonthlyMedian::median).max().orElse(0));
	}

	/**
	 * @param band the curated band, or null
	 * @param stats the advertised figures, or null when no posting matched
	 */
	public record AnnualRow(LevelView level, RegionView region, PayRange band, PayStatistics stats) {
	}

	/**
	 * @param level the level, or null for all levels together
	 * @param typical the curated day-rate range for the region (or UK-wide), or null
	 */
	public record DailyRow(LevelView level, RegionView region, PayRange typical, PayStatistics stats) {

		/** "All levels", or the level's title. */
		public String levelTitle() {
			return (this.level != null) ? this.level.title() : "All levels";
		}

	}

	/**
	 * @param label "Senior MLOps Engineer", or "All levels"
	 * @param london London's median, or null for all levels
	 * @param rest the rest of the UK's median, or null for all levels
	 * @param ratio London over the rest of the UK
	 * @param postings the postings it stands on, both regions
	 */
	public record Premium(String label, Double london, Double rest, double ratio, long postings) {

		/** One level's premium: its London median over its rest-of-the-UK median. */
		static Premium of(String label, PayStatistics london, PayStatistics rest) {
			return new Premium(label, london.median(), rest.median(), london.median() / rest.median(),
					london.n() + rest.n());
		}

		/** All levels: the levels' ratios weighted by their postings; no medians. */
		static Premium combined(double ratio, long postings) {
			return new Premium(ALL_LEVELS, null, null, ratio, postings);
		}

		public boolean isCombined() {
			return this.london == null;
		}

		/** "×1.25", to two decimal places. */
		public String ratioDisplay() {
			return String.format(java.util.Locale.UK, "×%.2f", ratio());
		}

		public String londonDisplay() {
			return (this.london != null) ? Gbp.format(Math.round(this.london)) : null;
		}

		public String restDisplay() {
			return (this.rest != null) ? Gbp.format(Math.round(this.rest)) : null;
		}

	}

	/** The label of the premium over every level. */
	public static final String ALL_LEVELS = "All levels";

	/** A figure as the tables print it: whole pounds. */
	public static String pounds(double value) {
		return Gbp.format(Math.round(value));
	}

}
