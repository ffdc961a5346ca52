package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A posting in a list: the recruiter's dashboard, the review queue, the public listing.
 *
 * @param daysLeft days until the closing date, for live postings; otherwise {@code null}
 */
public record PostingSummary(long id, String title, String path, String companyName, String townName, String regionName,
		WorkMode workMode, EmploymentType employmentType, String pay, PostingStatus status, String rejectionReason,
		LocalDate closesOn, Long daysLeft, long views, boolean sample, Instant submittedAt, Instant publishedAt,
		boolean agency, boolean verifiedEmployer) {
}
