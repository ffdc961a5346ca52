package uk.mljobs.job;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.AccountService;
import uk.mljobs.shared.UkTime;
import uk.mljobs.system.ClusterJobs;
import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;

/**
 * Mails a recruiter before and when a posting's run ends: three days before its closing
 * date (once a day, across every instance), and when it expires. Each mail has a key made
 * of the posting and its closing date, so a reposted posting is reminded again and no
 * posting twice for one date.
 */
@Component
public class PostingReminders {

	static final int DAYS_BEFORE = 3;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

	private final Postings postings;

	private final AccountService accounts;

	private final Letters letters;

	private final MailOutbox outbox;

	private final ClusterJobs jobs;

	private final Clock clock;

	PostingReminders(Postings postings, AccountService accounts, Letters letters, MailOutbox outbox, ClusterJobs jobs,
			Clock clock) {
		this.postings = postings;
		this.accounts = accounts;
		this.letters = letters;
		this.outbox = outbox;
		this.jobs = jobs;
		this.clock = clock;
	}

	@Scheduled(cron = "${mljobs.reminders-cron:0 0 8 * * *}", zone = UkTime.ZONE_ID)
	void daily() {
		this.jobs.runOnce("posting-closing-reminders", Duration.ofDays(1), this::remindClosingSoon);
	}

	/**
	 * Mails the recruiter of every live posting that closes in three days; returns how
	 * many.
	 */
	@Transactional
	public int remindClosingSoon() {
		LocalDate closes = today().plusDays(DAYS_BEFORE);
		int sent = 0;
		for (Posting posting : this.postings.findByStatusAndClosesOn(PostingStatus.PUBLISHED, closes)) {
			sent += mail(posting, "posting-closing:" + posting.id() + ":" + closes,
					"Your posting closes in " + DAYS_BEFORE + " days: " + posting.title(),
					List.of("“" + posting.title() + "” stops taking applications after " + closes.format(DAY) + ".",
							"Still hiring? Repost it when it has closed, or close it now if the role is filled."),
					"See your posting");
		}
		return sent;
	}

	/** The postings that have just expired (called in the expiring transaction). */
	@Transactional(propagation = Propagation.MANDATORY)
	void expired(List<Posting> ended) {
		for (Posting posting : ended) {
			mail(posting, "posting-expired:" + posting.id() + ":" + posting.closesOn(),
					"Your posting has closed: " + posting.title(),
					List.of("“" + posting.title() + "” reached its closing date, " + posting.closesOn().format(DAY)
							+ ", and no longer takes applications.",
							"Still hiring? Repost it for another " + PostingService.DEFAULT_DAYS_OPEN
									+ " days from Your postings."),
					"Repost it");
		}
	}

	private int mail(Posting posting, String key, String subject, List<String> paragraphs, String action) {
		if (posting.recruiterId() == null || posting.sample()) {
			return 0;
		}
		return this.accounts.account(posting.recruiterId())
			.map((recruiter) -> this.outbox.enqueue(this.letters.letter(key, recruiter.email(), subject,
					recruiter.name(), paragraphs, action, "/recruiter/postings/" + posting.id(), null)) ? 1 : 0)
			.orElse(0);
	}

	private LocalDate today() {
		return UkTime.today(this.clock);
	}

}
