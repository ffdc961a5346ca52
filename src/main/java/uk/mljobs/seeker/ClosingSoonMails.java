package uk.mljobs.seeker;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.AccountService;
import uk.mljobs.job.TrackedPostings;
import uk.mljobs.job.TrackedPostings.Tracked;
import uk.mljobs.shared.UkTime;
import uk.mljobs.system.ClusterJobs;
import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;

/**
 * Once a day, one mail to each seeker with saved jobs about to close that they have not
 * marked as applied to: which, and when. Each saved job is mentioned once.
 */
@Component
class ClosingSoonMails {

	private static final Logger log = LoggerFactory.getLogger(ClosingSoonMails.class);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private final JdbcTemplate jdbc;

	private final TrackedPostings postings;

	private final AccountService accounts;

	private final Letters letters;

	private final MailOutbox outbox;

	private final ClusterJobs jobs;

	private final Clock clock;

	ClosingSoonMails(JdbcTemplate jdbc, TrackedPostings postings, AccountService accounts, Letters letters,
			MailOutbox outbox, ClusterJobs jobs, Clock clock) {
		this.jdbc = jdbc;
		this.postings = postings;
		this.accounts = accounts;
		this.letters = letters;
		this.outbox = outbox;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "${mljobs.seekers.closing-cron:0 30 8 * * *}", zone = UkTime.ZONE_ID)
	void daily() {
		this.jobs.runOnce("saved-jobs-closing", Duration.ofDays(1), this::mailClosingSoon);
	}

	/** Mails every seeker whose saved jobs close soon; returns how many mails. */
	@Transactional
	public int mailClosingSoon() {
		List<Long> closing = this.postings.closingSoon();
		if (closing.isEmpty()) {
			return 0;
		}
		Map<Long, List<Long>> byAccount = new LinkedHashMap<>();
		this.jdbc.query("""
				SELECT account_id, posting_id FROM seeker_job
				WHERE posting_id = ANY (?) AND saved_at IS NOT NULL AND applied_on IS NULL
				  AND closing_mailed_on IS NULL
				ORDER BY account_id, posting_id""", (rs) -> {
			byAccount.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>()).add(rs.getLong(2));
		}, (Object) closing.toArray(Long[]::new));
		LocalDate today = UkTime.today(this.clock);
		int sent = 0;
		for (Map.Entry<Long, List<Long>> seeker : byAccount.entrySet()) {
			List<Tracked> jobs = List.copyOf(this.postings.of(seeker.getValue()).values());
			if (jobs.isEmpty() || this.accounts.account(seeker.getKey()).isEmpty()) {
				continue;
			}
			String email = this.accounts.account(seeker.getKey()).get().email();
			List<String> lines = new ArrayList<>();
			lines.add((jobs.size() == 1) ? "A job you saved closes soon, and you have not marked it as applied:"
					: jobs.size() + " jobs you saved close soon, and you have not marked them as applied:");
			for (Tracked job : jobs) {
				lines.add("• " + job.title() + ", " + job.companyName() + ": closes "
						+ ((job.daysLeft() == 0) ? "today" : job.closesOn().format(DAY)) + ".");
			}
			lines.add("Applied already? Mark it on My jobs and we will not remind you again.");
			if (this.outbox.enqueue(this.letters.letter("saved-closing:" + seeker.getKey() + ":" + today, email,
					(jobs.size() == 1) ? "A job you saved closes soon: " + jobs.get(0).title()
							: jobs.size() + " jobs you saved close soon",
					null, lines, "See my jobs", "/me?sort=closing",
					"You get this because you saved these jobs. Remove a job from your saved jobs to stop hearing about it."))) {
				sent++;
			}
			this.jdbc.update(
					"UPDATE seeker_job SET closing_mailed_on = ? WHERE account_id = ? AND posting_id = ANY (?)", today,
					seeker.getKey(), seeker.getValue().toArray(Long[]::new));
		}
		log.info("Mailed {} seekers about saved jobs closing soon", sent);
		return sent;
	}

}
