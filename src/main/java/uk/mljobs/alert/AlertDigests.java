package uk.mljobs.alert;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.UriComponentsBuilder;

import uk.mljobs.activity.PostingActivity;
import uk.mljobs.job.JobSearch;
import uk.mljobs.job.PostingSummary;
import uk.mljobs.job.SearchCriteria;
import uk.mljobs.system.ClusterJobs;
import uk.mljobs.system.MailOutbox;

/**
 * Builds the digests that are due and hands mails to the outbox. Each alert is taken in a
 * transaction of its own with {@code FOR UPDATE SKIP LOCKED}, so several instances share
 * the work without ever taking the same alert; its mail (one key per alert and period),
 * its next due time and its watermark are written together, so a crash leaves either all
 * of them or none. A digest lists postings published between the last watermark and a
 * moment a little in the past, so a posting being approved right now falls into the next
 * window instead of no window.
 * <p>
 * Building and sending run on every instance every 15 s and share the work row by row:
 * each digest and each mail still happens once, by its key and its lock. Housekeeping
 * runs once an hour across all instances ({@link ClusterJobs}).
 */
@Component
class AlertDigests {

	private static final Logger log = LoggerFactory.getLogger(AlertDigests.class);

	/** How far behind now a window closes: longer than any approval's transaction. */
	static final Duration SETTLE = Duration.ofMinutes(2);

	private final JdbcTemplate jdbc;

	private final JobSearch search;

	private final MailOutbox outbox;

	private final AlertMails mails;

	private final AlertProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ClusterJobs jobs;

	private final PostingActivity activity;

	AlertDigests(JdbcTemplate jdbc, JobSearch search, MailOutbox outbox, AlertMails mails, AlertProperties properties,
			Clock clock, PlatformTransactionManager transactionManager, ClusterJobs jobs, PostingActivity activity) {
		this.activity = activity;
		this.jdbc = jdbc;
		this.search = search;
		this.outbox = outbox;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
		this.jobs = jobs;
	}

	/**
	 * Due digests, on every instance, safely; the outbox sends them on its own schedule.
	 */
	@Scheduled(cron = "${mljobs.alerts.cron:*/15 * * * * *}")
	void run() {
		try {
			buildDue();
		}
		catch (RuntimeException ex) {
			log.warn("Alert run failed; the next run picks up where it stopped", ex);
		}
	}

	/**
	 * Builds up to one batch of due digests.
	 * @return digests built (mails written)
	 */
	int buildDue() {
		int written = 0;
		for (int i = 0; i < this.properties.batch(); i++) {
			Integer result = this.transactions.execute((status) -> buildOne());
			if (result == null) {
				break;
			}
			written += result;
		}
		return written;
	}

	/** Housekeeping, once an hour across every instance. */
	@Scheduled(cron = "${mljobs.alerts.housekeeping-cron:0 7 * * * *}")
	void housekeeping() {
		this.jobs.runOnce("alert-housekeeping", Duration.ofHours(1), this::tidy);
	}

	/**
	 * Deletes alerts never confirmed, with their confirmation mails, and every mail sent
	 * or given up on longer ago than {@code mljobs.alerts.mail-kept-for}, so an address
	 * is not kept in the outbox after it has served.
	 */
	void tidy() {
		Timestamp unconfirmed = Timestamp.from(this.clock.instant().minus(this.properties.unconfirmedFor()));
		List<Long> never = this.jdbc.queryForList(
				"SELECT id FROM job_alert WHERE confirmed_at IS NULL AND created_at < ?", Long.class, unconfirmed);
		this.outbox.forgetAlerts(never);
		int dropped = this.jdbc.update("DELETE FROM job_alert WHERE id = ANY (?)", (Object) never.toArray(Long[]::new));
		int mails = this.outbox.forgetDoneBefore(this.clock.instant().minus(this.properties.mailKeptFor()));
		log.info("Alert housekeeping: deleted {} alerts never confirmed and {} old mails", dropped, mails);
	}

	/** Null when nothing is due; else 1 if a mail was written, 0 if there was no news. */
	Integer buildOne() {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.query("""
				SELECT id, email, query, label, frequency, confirmed_at, last_sent_at, watermark, next_due_at
				FROM job_alert WHERE confirmed_at IS NOT NULL AND next_due_at <= ?
				ORDER BY next_due_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""",
				(rs, n) -> new Due(
						new Alerts.Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
								Frequency.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(),
								(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null),
						rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant()),
				Timestamp.from(now));
		if (due.isEmpty()) {
			return null;
		}
		Due alert = due.get(0);
		Instant until = now.minus(SETTLE);
		Instant from = alert.watermark();
		List<PostingSummary> news = until.isAfter(from) ? news(alert.alert(), from, until) : List.of();
		int limit = this.properties.jobsPerDigest();
		boolean written = false;
		if (!news.isEmpty()) {
			List<PostingSummary> listed = news.subList(0, Math.min(limit, news.size()));
			written = this.outbox.enqueue(this.mails.digest(alert.alert(), listed, news.size() > limit,
					"digest:" + alert.alert().id() + ":" + alert.dueAt()));
			if (written) {
				countOnCommit(listed.stream().map(PostingSummary::id).toList());
			}
		}
		// The next period starts from the schedule, not from now, so send times do not
		// drift;
		// an instance that was down for days sends one digest, not one per missed period.
		Instant next = alert.dueAt();
		while (!next.isAfter(now)) {
			next = next.plus(alert.alert().frequency().period());
		}
		this.jdbc.update("""
				UPDATE job_alert SET watermark = ?, next_due_at = ?, last_sent_at = coalesce(?, last_sent_at)
				WHERE id = ?""", Timestamp.from(until.isAfter(from) ? until : from), Timestamp.from(next),
				written ? Timestamp.from(now) : null, alert.alert().id());
		return written ? 1 : 0;
	}

	/**
	 * Each posting a digest lists is an impression, counted once the digest's mail is
	 * safely in the outbox, never for a digest rolled back.
	 */
	private void countOnCommit(List<Long> listed) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.activity.impressions(listed);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				AlertDigests.this.activity.impressions(listed);
			}

		});
	}

	/** Live postings matching the alert, published in [from, until), newest first. */
	private List<PostingSummary> news(Alerts.Stored alert, Instant from, Instant until) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		UriComponentsBuilder.fromUriString("/jobs?" + alert.query())
			.build()
			.getQueryParams()
			.forEach((name, values) -> parameters.put(name,
					values.stream()
						.map((value) -> java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8))
						.toList()));
		SearchCriteria criteria;
		try {
			criteria = this.search.criteriaOf(parameters).requireValid();
		}
		catch (RuntimeException ex) {
			// A filter value that no longer exists (a company renamed away): no news, no
			// failure.
			log.warn("Alert {} has a search that no longer reads: {}", alert.id(), ex.getMessage());
			return List.of();
		}
		return this.search.publishedBetween(criteria, from, until, this.properties.jobsPerDigest() + 1);
	}

	private record Due(Alerts.Stored alert, Instant watermark, Instant dueAt) {
	}

}
