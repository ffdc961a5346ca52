package uk.mljobs.salary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Pay as advertised on the board's postings, summarised for the salary pages. The job
 * feature implements it; salary only asks (so the two stay free of a cycle).
 */
public interface AdvertisedPay {

	/**
	 * Percentiles of advertised pay, one row per role, level (annual pay only), region
	 * and unit, over postings live now or ended since {@code since}.
	 */
	List<PayStatistics> statistics(Instant since);

	/**
	 * Median advertised pay per calendar month (Europe/London) since {@code since}, for
	 * one role and unit, over postings published that month.
	 */
	List<MonthlyMedian> monthlyMedians(long roleId, PayStatistics.Unit unit, Instant since);

	/**
	 * Per role, how many postings the figures since {@code since} count, and how many of
	 * them were read from employers' own careers sites.
	 */
	Map<Long, Provenance> provenance(Instant since);

	/**
	 * @param postings postings counted
	 * @param fromEmployerSites of them, read from the employers' own feeds
	 */
	record Provenance(long postings, long fromEmployerSites) {

		public static final Provenance NONE = new Provenance(0, 0);

	}

	/**
	 * @param month the first day of the month, such as 2026-11-01
	 */
	record MonthlyMedian(java.time.LocalDate month, long n, double median) {
	}

}
