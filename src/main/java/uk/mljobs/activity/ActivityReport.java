package uk.mljobs.activity;

import java.time.LocalDate;
import java.util.List;

import uk.mljobs.activity.ReportedPostings.ReportedPosting;

/**
 * A recruiter's page of one posting's activity.
 *
 * @param from the first day shown; null while the posting has never been live
 * @param to the last day shown (today)
 * @param days every day from {@code from} to {@code to}, newest last
 * @param total the posting's counts over those days
 * @param median over the same days, the middle of the comparable postings' totals; null
 * when there are fewer than {@code fewestComparable} of them
 * @param comparable how many other postings of the same role and level were live in those
 * days
 * @param fewestComparable how many a median needs
 * @param chart the days drawn; null when there are none
 */
public record ActivityReport(ReportedPosting posting, LocalDate from, LocalDate to, List<DayCounts> days,
		ActivityTotals total, ActivityTotals median, int comparable, int fewestComparable, ActivityChart chart) {

	/** The days newest first, as the table lists them. */
	public List<DayCounts> newestFirst() {
		List<DayCounts> newest = new java.util.ArrayList<>(this.days);
		java.util.Collections.reverse(newest);
		return newest;
	}

	public boolean live() {
		return this.from != null;
	}

}
