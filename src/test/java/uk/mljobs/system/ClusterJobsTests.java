package uk.mljobs.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A scheduled job runs once per period however many instances fire it, and however far
 * apart their schedules are.
 */
@IntegrationTest
class ClusterJobsTests {

	private static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");

	private final String job = "test-job-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void instancesRacingForOnePeriodRunTheWorkOnce() throws Exception {
		Clock clock = Clock.fixed(NOON.plusSeconds(1), ZoneOffset.UTC);
		ClusterJobs a = new ClusterJobs(this.jdbc, this.transactions, clock, "instance-a");
		ClusterJobs b = new ClusterJobs(this.jdbc, this.transactions, clock, "instance-b");
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				ClusterJobs instance = (i % 2 == 0) ? a : b;
				Callable<Boolean> fire = () -> {
					start.await();
					return instance.runOnce(this.job, Duration.ofMinutes(15), () -> {
						runs.incrementAndGet();
						sleep(Duration.ofMillis(300));
					});
				};
				results.add(threads.submit(fire));
			}
			start.countDown();
			long ran = 0;
			for (Future<Boolean> result : results) {
				ran += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
			}
			assertThat(ran).isEqualTo(1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(runs).hasValue(1);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void schedulesSecondsApartStillRunOncePerPeriod() {
		MutableClock clock = new MutableClock(NOON.plusSeconds(1));
		ClusterJobs a = new ClusterJobs(this.jdbc, this.transactions, clock, "instance-a");
		ClusterJobs b = new ClusterJobs(this.jdbc, this.transactions, clock, "instance-b");
		AtomicInteger runs = new AtomicInteger();
		Duration period = Duration.ofMinutes(15);

		assertThat(a.runOnce(this.job, period, runs::incrementAndGet)).isTrue();
		clock.now = NOON.plusSeconds(4);
		assertThat(b.runOnce(this.job, period, runs::incrementAndGet)).as("same period, later").isFalse();
		clock.now = NOON.plus(period).plusSeconds(2);
		assertThat(b.runOnce(this.job, period, runs::incrementAndGet)).as("next period").isTrue();
		clock.now = NOON.plus(period).plusSeconds(5);
		assertThat(a.runOnce(this.job, period, runs::incrementAndGet)).isFalse();

		assertThat(runs).hasValue(2);
		assertThat(this.jdbc.queryForList("SELECT instance FROM job_run WHERE job = ? ORDER BY period_start",
				String.class, this.job))
			.containsExactly("instance-a", "instance-b");
		assertThat(this.jdbc.queryForObject("SELECT min(period_start) = ?::timestamptz FROM job_run WHERE job = ?",
				Boolean.class, NOON.toString(), this.job))
			.as("periods start on multiples of the period")
			.isTrue();
	}

	@Test
	void aRunThatFailsRollsBackAndLeavesThePeriodOpen() {
		Clock clock = Clock.fixed(NOON.plusSeconds(1), ZoneOffset.UTC);
		ClusterJobs a = new ClusterJobs(this.jdbc, this.transactions, clock, "instance-a");
		String marker = "job-" + UUID.randomUUID();
		assertThatIllegalStateException().isThrownBy(() -> a.runOnce(this.job, Duration.ofHours(1), () -> {
			// The work's writes share the run's transaction, so they go too.
			this.jdbc.update("INSERT INTO job_run (job, period_start, started_at, finished_at, instance) "
					+ "VALUES (?, now(), now(), now(), 'work')", this.job + "-side");
			throw new IllegalStateException(marker);
		}));
		assertThat(rows()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM job_run WHERE job = ?", Integer.class,
				this.job + "-side"))
			.isZero();

		AtomicInteger runs = new AtomicInteger();
		assertThat(a.runOnce(this.job, Duration.ofHours(1), runs::incrementAndGet)).isTrue();
		assertThat(runs).hasValue(1);
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void periodsAreCountedFromTheEpoch() {
		assertThat(ClusterJobs.periodStart(Instant.parse("2026-03-02T12:14:59.999Z"), Duration.ofMinutes(15)))
			.isEqualTo(Instant.parse("2026-03-02T12:00:00Z"));
		assertThat(ClusterJobs.periodStart(Instant.parse("2026-03-02T12:15:00Z"), Duration.ofMinutes(15)))
			.isEqualTo(Instant.parse("2026-03-02T12:15:00Z"));
		assertThat(ClusterJobs.periodStart(Instant.parse("2026-03-02T23:59:59Z"), Duration.ofDays(1)))
			.isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
	}

	private int rows() {
		return this.jdbc.queryForObject("SELECT count(*) FROM job_run WHERE job = ?", Integer.class, this.job);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class MutableClock extends Clock {

		private volatile Instant now;

		private MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
