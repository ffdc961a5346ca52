package uk.mljobs.job;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.UkTime;
import uk.mljobs.system.ClusterJobs;
import uk.mljobs.system.SiteProperties;

/**
 * Ends published postings once their closing date has passed, every quarter of an hour
 * (and pages treat a passed date as closed even before this runs), tells their
 * recruiters, and tells the figures over postings once it commits. Every instance fires
 * the schedule; {@link ClusterJobs} lets one of them run it per period
 * ({@code mljobs.expiry-period}, which should match {@code mljobs.expiry-cron}).
 */
@Component
public class PostingExpiry {

	private static final Logger log = LoggerFactory.getLogger(PostingExpiry.class);

	static final String JOB = "posting-expiry";

	private final Postings postings;

	private final PostingReminders reminders;

	private final PostingChanges changes;

	private final ClusterJobs jobs;

	private final Duration period;

	private final Clock clock;

	PostingExpiry(Postings postings, PostingReminders reminders, PostingChanges changes, ClusterJobs jobs,
			SiteProperties site, Clock clock) {
		this.postings = postings;
		this.reminders = reminders;
		this.changes = changes;
		this.jobs = jobs;
		this.period = site.expiryPeriod();
		this.clock = clock;
	}

	@Scheduled(cron = "${mljobs.expiry-cron:0 */15 * * * *}")
	void expire() {
		this.jobs.runOnce(JOB, this.period, this::expireDue);
	}

	/** Expires every published posting whose closing date has passed. */
	@Transactional
	public int expireDue() {
		LocalDate today = UkTime.today(this.clock);
		List<Posting> ending = this.postings.findByStatusAndClosesOnBefore(PostingStatus.PUBLISHED, today);
		int expired = this.postings.expireClosedBefore(today, this.clock.instant());
		this.reminders.expired(ending);
		if (expired > 0) {
			// A bulk update: no entity listener hears it.
			this.changes.bulkChanged();
			log.info("Expired {} postings past their closing date", expired);
		}
		return expired;
	}

}
