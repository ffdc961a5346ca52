package uk.mljobs.salary;

/**
 * Percentiles of advertised pay in one cell. Each posting counts once, at the middle of
 * its advertised range; percentiles interpolate linearly between ranked values
 * (PostgreSQL's {@code percentile_cont}, as spreadsheets' PERCENTILE.INC).
 *
 * @param levelId the level, for annual pay; null for day rates, which are per role and
 * region
 * @param n how many postings
 */
public record PayStatistics(long roleId, Long levelId, long regionId, Unit unit, long n, double p10, double p25,
		double median, double p75, double p90) {

	/** Fewer postings than this and a cell says "not enough data" instead of figures. */
	public static final int MIN_POSTINGS = 5;

	public boolean enough() {
		return this.n >= MIN_POSTINGS;
	}

	public enum Unit {

		YEAR, DAY

	}

}
