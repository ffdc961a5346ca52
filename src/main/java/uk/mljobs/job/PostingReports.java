package uk.mljobs.job;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.account.AccountService;
import uk.mljobs.shared.Emails;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Text;
import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;
import uk.mljobs.system.RateLimiter;
import uk.mljobs.system.SiteSecrets;

/**
 * Seekers' reports of live postings: anonymous (the reporter is a keyed hash of their
 * address), one per address and posting, a few an hour per address. Reports put the
 * posting at the head of the moderation queue. A posting whose poster is not a verified
 * employer goes back to review, out of sight, once {@link #HOLD_AFTER} addresses have
 * reported it; a verified employer's posting never goes automatically, so rivals cannot
 * take it down.
 */
@Service
public class PostingReports {

	/** Distinct reporting addresses that take an unverified poster's posting down. */
	static final int HOLD_AFTER = 3;

	static final int PER_ADDRESS_PER_HOUR = 5;

	private static final Logger log = LoggerFactory.getLogger(PostingReports.class);

	/** Why a seeker reports a posting. */
	public enum Reason {

		SCAM("A scam, or asks for a fee"), NOT_OPEN("No longer open"), PAY("Misleading pay"),
		DISCRIMINATORY("Discriminatory"), OTHER("Something else");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/** A report as admins read it. */
	public record Report(Reason reason, String details, String contactEmail, Instant createdAt) {
	}

	/** How a report went. */
	enum Outcome {

		/** Saved. */
		RECEIVED,
		/** This address had already reported the posting; nothing more saved. */
		ALREADY,
		/** The form has problems, listed beside its fields. */
		INVALID

	}

	private final Postings postings;

	private final PostingLayout layout;

	private final AccountService accounts;

	private final RateLimiter limiter;

	private final SiteSecrets secrets;

	private final Letters letters;

	private final MailOutbox outbox;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	PostingReports(Postings postings, PostingLayout layout, AccountService accounts, RateLimiter limiter,
			SiteSecrets secrets, Letters letters, MailOutbox outbox, JdbcTemplate jdbc, Clock clock) {
		this.postings = postings;
		this.layout = layout;
		this.accounts = accounts;
		this.limiter = limiter;
		this.secrets = secrets;
		this.letters = letters;
		this.outbox = outbox;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Takes a report of a live posting from the address. The address's allowance is spent
	 * first, so invalid reports count too.
	 * @throws uk.mljobs.shared.TooManyRequestsException past the hour's allowance
	 * @throws NotFoundException for a posting seekers cannot see live
	 */
	@Transactional
	Outcome report(long postingId, ReportForm form, String address, Errors errors) {
		this.limiter.consume("posting-report:" + address, PER_ADDRESS_PER_HOUR, Duration.ofHours(1),
				"You have sent " + PER_ADDRESS_PER_HOUR + " reports this hour. Wait an hour, then try again.");
		Posting posting = live(postingId);
		Reason reason = form.reasonOrNull();
		if (reason == null) {
			errors.rejectValue("reason", "reason.missing", "Choose why you are reporting it.");
		}
		String details = (form.details() != null) ? form.details().strip() : "";
		if (reason == Reason.OTHER && details.isEmpty()) {
			errors.rejectValue("details", "details.missing", "Say what is wrong with it.");
		}
		String contact = (form.contactEmail() != null && !form.contactEmail().isBlank())
				? Emails.normalise(form.contactEmail()) : null;
		if (contact != null && !contact.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.rejectValue("contactEmail", "contact.invalid",
					"Enter an email address like name@example.com, or leave it empty.");
		}
		if (errors.hasErrors()) {
			return Outcome.INVALID;
		}
		int added = this.jdbc.update("""
				INSERT INTO posting_report (posting_id, reason, details, contact_email, reporter_hash, created_at)
				VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (posting_id, reporter_hash) DO NOTHING""", postingId,
				reason.name(), details.isEmpty() ? null : Text.clean(details), contact, reporter(address),
				Timestamp.from(this.clock.instant()));
		if (added == 0) {
			return Outcome.ALREADY;
		}
		log.info("Posting {} reported: {}", postingId, reason);
		holdIfReportedEnough(posting);
		return Outcome.RECEIVED;
	}

	/** The open reports of a posting, newest first. */
	@Transactional(readOnly = true)
	public List<Report> open(long postingId) {
		return this.jdbc.query("""
				SELECT reason, details, contact_email, created_at FROM posting_report
				WHERE posting_id = ? AND resolved_at IS NULL ORDER BY created_at DESC, id DESC""",
				(rs, n) -> new Report(Reason.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant()),
				postingId);
	}

	/** Live postings with open reports, most reported first. */
	@Transactional(readOnly = true)
	public List<PostingSummary> reportedLive() {
		List<Long> ids = this.jdbc.queryForList("""
				SELECT r.posting_id FROM posting_report r JOIN posting p ON p.id = r.posting_id
				WHERE r.resolved_at IS NULL AND p.status = 'PUBLISHED'
				GROUP BY r.posting_id ORDER BY count(*) DESC, min(r.created_at)""", Long.class);
		List<Posting> found = this.postings.findAllById(ids);
		List<Posting> ordered = ids.stream()
			.map((id) -> found.stream().filter((p) -> p.id() == id).findFirst().orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		return this.layout.summaries(ordered);
	}

	/** An admin read the reports and found nothing to act on. */
	@Transactional
	public void dismiss(long postingId, long adminId) {
		this.postings.findById(postingId).orElseThrow(() -> NotFoundException.of("posting", String.valueOf(postingId)));
		resolve(postingId, adminId);
		log.info("Admin {} dismissed the reports of posting {}", adminId, postingId);
	}

	/** The admin approved or rejected the posting: its reports are dealt with. */
	@Transactional
	public void resolve(long postingId, Long adminId) {
		this.jdbc.update(
				"UPDATE posting_report SET resolved_at = ?, resolved_by = ? "
						+ "WHERE posting_id = ? AND resolved_at IS NULL",
				Timestamp.from(this.clock.instant()), adminId, postingId);
	}

	private void holdIfReportedEnough(Posting posting) {
		Integer reporters = this.jdbc.queryForObject(
				"SELECT count(DISTINCT reporter_hash) FROM posting_report WHERE posting_id = ? AND resolved_at IS NULL",
				Integer.class, posting.id());
		if (reporters == null || reporters < HOLD_AFTER || this.layout.verifiedEmployer(posting)) {
			return;
		}
		log.info("Posting {} held for review after reports from {} addresses", posting.id(), reporters);
		holdAndTell(posting);
	}

	/**
	 * An admin takes a live posting down to review it.
	 * @throws NotFoundException unless it is live
	 */
	@Transactional
	public void hold(long postingId, long adminId) {
		holdAndTell(live(postingId));
		log.info("Admin {} took posting {} down for review", adminId, postingId);
	}

	private void holdAndTell(Posting posting) {
		posting.holdForReview(this.clock.instant());
		if (posting.recruiterId() != null) {
			this.accounts.account(posting.recruiterId())
				.ifPresent((recruiter) -> this.outbox.enqueue(this.letters.letter(
						"posting-held:" + posting.id() + ":" + posting.submittedAt(), recruiter.email(),
						"Your posting is paused for review: " + posting.title(), recruiter.name(),
						List.of("Seekers reported “" + posting.title()
								+ "”, so it is out of sight until an admin has looked at it.",
								"If it is fine, it goes live again as it was; if not, you hear why."),
						"See your posting", "/recruiter/postings/" + posting.id(), null)));
		}
	}

	private Posting live(long postingId) {
		return this.postings.findById(postingId)
			.filter((posting) -> posting.status() == PostingStatus.PUBLISHED)
			.orElseThrow(() -> NotFoundException.of("posting", String.valueOf(postingId)));
	}

	/**
	 * The address, keyed so that the stored hash cannot be reversed by trying every
	 * address.
	 */
	private byte[] reporter(String address) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secrets.secret("posting-reports"), "HmacSHA256"));
			return mac.doFinal(address.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
