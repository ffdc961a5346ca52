package uk.mljobs.job;

import java.time.Instant;
import java.time.LocalDate;

import uk.mljobs.shared.CompanyMark;
import uk.mljobs.shared.PostingCard;
import uk.mljobs.shared.UkTime;

/**
 * A posting in a list: the recruiter's dashboard, the review queue, the public listing.
 *
 * @param pay what it pays, printed as its label
 * @param daysLeft days until the closing date, for live postings; otherwise {@code null}
 * @param openDays days since a live posting went up; 0 for others
 * @param copies other advertisers' copies of the job folded under it ({@link Duplicates})
 * @param ir35 a contract's IR35 status, else {@code null}
 * @param logoPath the address of the company's logo, or {@code null} while it has none
 */
public record PostingSummary(long id, String title, String path, String companyName, String townName, String regionName,
		WorkMode workMode, EmploymentType employmentType, PostingPay pay, PostingStatus status, String rejectionReason,
		LocalDate closesOn, Long daysLeft, boolean sample, Instant submittedAt, Instant publishedAt, boolean agency,
		boolean verifiedEmployer, long openDays, int copies, Ir35 ir35, String logoPath) {

	/**
	 * Past this, a card says how long the posting has been open: a hint of a ghost job.
	 */
	public static final int LONG_OPEN_DAYS = 60;

	/** The same line, its advertiser a verified employer ({@link VerifiedEmployers}). */
	PostingSummary asVerifiedEmployer() {
		return new PostingSummary(this.id, this.title, this.path, this.companyName, this.townName, this.regionName,
				this.workMode, this.employmentType, this.pay, this.status, this.rejectionReason, this.closesOn,
				this.daysLeft, this.sample, this.submittedAt, this.publishedAt, this.agency, true, this.openDays,
				this.copies, this.ir35, this.logoPath);
	}

	public boolean longOpen() {
		return this.openDays > LONG_OPEN_DAYS;
	}

	/** As lists show it: search results, and other features' pages. */
	public PostingCard card() {
		return new PostingCard(this.id, this.title, this.path, this.companyName,
				(this.workMode == WorkMode.REMOTE) ? WorkMode.REMOTE.label() : this.townName,
				this.employmentType.label(), this.pay.label(), this.sample, this.verifiedEmployer, this.agency,
				this.openDays, longOpen(), this.workMode.label(), (this.ir35 != null) ? this.ir35.label() : null,
				(this.publishedAt != null) ? UkTime.dateOf(this.publishedAt) : null, this.copies,
				new CompanyMark(this.companyName, this.logoPath));
	}

	static long openDays(PostingStatus status, java.time.Instant publishedAt, LocalDate today) {
		if (status != PostingStatus.PUBLISHED || publishedAt == null) {
			return 0;
		}
		return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(UkTime.dateOf(publishedAt), today));
	}

}
