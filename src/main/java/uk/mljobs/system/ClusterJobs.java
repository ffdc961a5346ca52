package uk.mljobs.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a scheduled job once per period across every instance on the database, whatever
 * the offset between their schedules. Call it from the {@code @Scheduled} method each
 * instance has:
 *
 * <pre>
 * &#64;Scheduled(cron = "0 0 7 * * *", zone = "Europe/London")
 * void sendDailyDigest() {
 * 	this.jobs.runOnce("daily-alert-digest", Duration.ofDays(1), this.digests::sendDaily);
 * }
 * </pre>
 *
 * Periods are slots of {@code period} counted from the epoch (UTC): a cron that fires
 * once a slot runs the job once a slot. The first instance to arrive takes a
 * transaction-scoped advisory lock, finds no {@code job_run} row for the slot, runs
 * {@code work} and records the row, all in one transaction; an instance arriving during
 * the run fails to take the lock and skips, one arriving after it finds the row and
 * skips.
 * <p>
 * {@code work} runs inside that transaction, so a transactional job either commits with
 * its row or rolls back without it; if it throws, the slot stays open and the next firing
 * in the same slot (on any instance) tries again. Work that must not hold one transaction
 * for long (sending many mails) should commit its own steps ({@code REQUIRES_NEW}, an
 * outbox) and be safe to resume.
 */
@Component
public class ClusterJobs {

	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

	/**
	 * The first key of every job's advisory lock ("mljb"), so other locks never clash.
	 */
	static final int LOCK_SPACE = 0x6d6c6a62;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String instance;

	@Autowired
	ClusterJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, SiteProperties site) {
		this(jdbc, transactions, clock, site.instanceName());
	}

	ClusterJobs(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, String instance) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.instance = instance;
	}

	/**
	 * Runs {@code work} unless some instance has already run {@code job} in the current
	 * period or is running it now.
	 * @param job the job's name: lower-case letters, digits and hyphens, such as
	 * {@code posting-expiry}
	 * @param period how often the job should run, at least a second
	 * @param work what the job does
	 * @return whether {@code work} ran here and committed
	 */
	public boolean runOnce(String job, Duration period, Runnable work) {
		if (period.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new IllegalArgumentException("A job's period must be at least a second: " + period);
		}
		Instant started = this.clock.instant();
		Instant slot = periodStart(started, period);
		try {
			Boolean ran = this.transactions.execute((status) -> {
				if (!Boolean.TRUE.equals(this.jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?, hashtext(?))",
						Boolean.class, LOCK_SPACE, job))) {
					log.debug("Job {} for {} is running on another instance", job, slot);
					return false;
				}
				if (this.jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM job_run WHERE job = ? AND period_start = ?)",
						Boolean.class, job, utc(slot))) {
					log.debug("Job {} for {} has already run", job, slot);
					return false;
				}
				work.run();
				this.jdbc.update(
						"INSERT INTO job_run (job, period_start, started_at, finished_at, instance) VALUES (?, ?, ?, ?, ?)",
						job, utc(slot), utc(started), utc(latest(started, this.clock.instant())), this.instance);
				return true;
			});
			if (Boolean.TRUE.equals(ran)) {
				log.info("Job {} ran for the period from {} on {}", job, slot, this.instance);
			}
			return Boolean.TRUE.equals(ran);
		}
		catch (DuplicateKeyException ex) {
			// Only if a run bypassed the lock: the key keeps the period's one run, this
			// rolled back.
			log.warn("Job {} for {} was recorded by another instance; this run rolled back", job, slot);
			return false;
		}
	}

	/**
	 * The start of the period holding {@code instant}: a multiple of it since the epoch.
	 */
	static Instant periodStart(Instant instant, Duration period) {
		long millis = period.toMillis();
		return Instant.ofEpochMilli(Math.floorDiv(instant.toEpochMilli(), millis) * millis);
	}

	private static Instant latest(Instant a, Instant b) {
		return b.isAfter(a) ? b : a;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
