package uk.mljobs.salary;

import java.time.Instant;
import java.util.List;

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
	 * @param month the first day of the month, such as 2026-11-01
	 */
	record MonthlyMedian(java.time.LocalDate month, long n, double median) {
	}

}
