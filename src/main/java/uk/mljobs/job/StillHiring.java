package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.AccountService;
import uk.mljobs.shared.LinkTokens;
import uk.mljobs.system.ClusterJobs;
import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;

/**
 * "Still hiring?": 14 and 25 days after a posting goes live (or live again), its
 * recruiter is mailed a link that confirms it in one click, signed in or not. A check
 * nobody confirms within 7 days closes the posting, which then says so, and the recruiter
 * is told. Runs hourly, once across every instance. Sample postings are not asked.
 */
@Component
public class StillHiring {

	static final List<Integer> ASK_ON_DAYS = List.of(14, 25);

	static final Duration ANSWER_WITHIN = Duration.ofDays(7);

	/** The confirmation page's path; the token follows as a parameter. */
	static final String PATH = "/postings/still-hiring";

	private static final Logger log = LoggerFactory.getLogger(StillHiring.class);

	/** A posting a link asks about, for the confirmation page. */
	record Check(long postingId, String title, boolean confirmed, boolean open) {
	}

	private final Postings postings;

	private final AccountService accounts;

	private final Letters letters;

	private final MailOutbox outbox;

	private final ClusterJobs jobs;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	StillHiring(Postings postings, AccountService accounts, Letters letters, MailOutbox outbox, ClusterJobs jobs,
			JdbcTemplate jdbc, Clock clock) {
		this.postings = postings;
		this.accounts = accounts;
		this.letters = letters;
		this.outbox = outbox;
		this.jobs = jobs;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${mljobs.still-hiring-cron:0 20 * * * *}")
	void hourly() {
		this.jobs.runOnce("still-hiring", Duration.ofHours(1), this::run);
	}

	/** Asks what is due and closes what went unanswered; returns how many of each. */
	@Transactional
	public int[] run() {
		Instant now = this.clock.instant();
		int asked = 0;
		for (Posting posting : this.postings.findByStatusOrderBySubmittedAtAscIdAsc(PostingStatus.PUBLISHED)) {
			if (posting.sample() || posting.recruiterId() == null) {
				continue;
			}
			// The latest round due, only: a posting found late is asked once, not twice.
			long days = Duration.between(posting.publishedAt(), now).toDays();
			int round = 0;
			for (int i = 0; i < ASK_ON_DAYS.size(); i++) {
				if (days >= ASK_ON_DAYS.get(i)) {
					round = i + 1;
				}
			}
			if (round > 0 && ask(posting, round, now)) {
				asked++;
			}
		}
		int closed = 0;
		for (Long id : this.jdbc.queryForList("""
				SELECT DISTINCT c.posting_id FROM posting_hiring_check c JOIN posting p ON p.id = c.posting_id
				WHERE c.confirmed_at IS NULL AND c.sent_at <= ? AND p.status = 'PUBLISHED'
				  AND c.period_start = p.published_at""", Long.class, Timestamp.from(now.minus(ANSWER_WITHIN)))) {
			Posting posting = this.postings.findById(id).orElseThrow();
			posting.closeUnconfirmed(now);
			tell(posting, "posting-not-confirmed:" + id + ":" + posting.publishedAt(),
					"Your posting has closed: " + posting.title(),
					List.of("We asked a week ago whether you were still hiring for “" + posting.title()
							+ "” and nobody confirmed, so it has closed and says it was not confirmed.",
							"Still hiring? Post a new opening from Your postings."),
					"See your posting", "/recruiter/postings/" + id);
			closed++;
		}
		if (asked + closed > 0) {
			log.info("Still hiring? Asked about {} postings, closed {} not confirmed", asked, closed);
		}
		return new int[] { asked, closed };
	}

	/** What a link asks about; empty for a link we never sent. */
	@Transactional(readOnly = true)
	Optional<Check> check(String token) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		return this.jdbc
			.query("""
					SELECT p.id, p.title, c.confirmed_at IS NOT NULL,
					       p.status = 'PUBLISHED' AND c.period_start = p.published_at
					FROM posting_hiring_check c JOIN posting p ON p.id = c.posting_id WHERE c.token_hash = ?""",
					(rs, n) -> new Check(rs.getLong(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)),
					(Object) hash(token))
			.stream()
			.findFirst();
	}

	/**
	 * Confirms the posting is still hiring; pressing it twice is harmless. Empty for a
	 * link we never sent.
	 */
	@Transactional
	Optional<Check> confirm(String token) {
		Optional<Check> check = check(token);
		if (check.isPresent() && check.get().open() && !check.get().confirmed()) {
			this.jdbc.update("UPDATE posting_hiring_check SET confirmed_at = ? WHERE token_hash = ?",
					Timestamp.from(this.clock.instant()), hash(token));
			log.info("Posting {} confirmed as still hiring", check.get().postingId());
		}
		return check(token);
	}

	private boolean ask(Posting posting, int round, Instant now) {
		String token = LinkTokens.fresh();
		int added = this.jdbc.update("""
				INSERT INTO posting_hiring_check (posting_id, period_start, round, token_hash, sent_at)
				VALUES (?, ?, ?, ?, ?) ON CONFLICT (posting_id, period_start, round) DO NOTHING""", posting.id(),
				Timestamp.from(posting.publishedAt()), round, hash(token), Timestamp.from(now));
		if (added == 0) {
			return false;
		}
		tell(posting, "still-hiring:" + posting.id() + ":" + posting
			.publishedAt() + ":" + round, "Still hiring for " + posting.title() + "?", List.of(
					"Seekers trust postings that are still open. Is “" + posting.title()
							+ "” still taking applications?",
					"One click on the button confirms it. If nobody confirms within 7 days, the posting closes and says it was not confirmed. Filled already? Close it from Your postings."),
				"Yes, still hiring", PATH + "?token=" + token);
		return true;
	}

	private void tell(Posting posting, String key, String subject, List<String> paragraphs, String action,
			String path) {
		this.accounts.account(posting.recruiterId())
			.ifPresent((recruiter) -> this.outbox.enqueue(this.letters.letter(key, recruiter.email(), subject,
					recruiter.name(), paragraphs, action, path, null)));
	}

	static boolean wellFormed(String token) {
		return LinkTokens.wellFormed(token);
	}

	private static byte[] hash(String token) {
		return LinkTokens.hash(token);
	}

}
