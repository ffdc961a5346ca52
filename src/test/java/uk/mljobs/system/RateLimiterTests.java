package uk.mljobs.system;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The allowance behind sign-up, posting and sign-in limits, kept in PostgreSQL. Each test
 * uses keys of its own, so tests do not spend each other's allowance.
 */
@IntegrationTest
class RateLimiterTests {

	private final TestClock clock = new TestClock();

	@Autowired
	private DataSource dataSource;

	@Autowired
	private JdbcTemplate jdbc;

	private final String key = "test:" + UUID.randomUUID();

	private RateLimiter limiter() {
		return new RateLimiter(this.dataSource, this.clock);
	}

	@Test
	void refusesOnceTheAllowanceIsSpentAndSaysHowLongToWait() {
		RateLimiter limiter = limiter();
		for (int i = 0; i < 3; i++) {
			limiter.consume(this.key, 3, Duration.ofHours(1), "slow down");
		}
		TooManyRequestsException refused = catchThrowableOfType(TooManyRequestsException.class,
				() -> limiter.consume(this.key, 3, Duration.ofHours(1), "slow down"));
		assertThat(refused).hasMessage("slow down");
		assertThat(refused.getRetryAfter()).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
		assertThatNoException()
			.isThrownBy(() -> limiter.consume(this.key + "-other", 3, Duration.ofHours(1), "slow down"));
	}

	@Test
	void instancesOnOneDatabaseShareOneAllowance() {
		RateLimiter first = limiter();
		RateLimiter second = limiter();
		first.consume(this.key, 2, Duration.ofHours(1), "slow down");
		second.consume(this.key, 2, Duration.ofHours(1), "slow down");
		assertThat(catchThrowableOfType(TooManyRequestsException.class,
				() -> first.consume(this.key, 2, Duration.ofHours(1), "slow down")))
			.hasMessage("slow down");
		second.record(this.key + "-failures", 1, Duration.ofMinutes(15));
		assertThat(catchThrowableOfType(TooManyRequestsException.class,
				() -> first.check(this.key + "-failures", 1, Duration.ofMinutes(15), "paused")))
			.hasMessage("paused");
	}

	@Test
	void theAllowanceComesBackWhenTheWindowHasPassed() {
		RateLimiter limiter = limiter();
		for (int i = 0; i < 3; i++) {
			limiter.consume(this.key, 3, Duration.ofHours(1), "slow down");
		}
		this.clock.advance(Duration.ofMinutes(61));
		assertThatNoException().isThrownBy(() -> limiter.consume(this.key, 3, Duration.ofHours(1), "slow down"));
	}

	@Test
	void checkingDoesNotSpendAndForgettingResets() {
		RateLimiter limiter = limiter();
		limiter.record(this.key, 2, Duration.ofMinutes(15));
		limiter.check(this.key, 2, Duration.ofMinutes(15), "paused");
		limiter.record(this.key, 2, Duration.ofMinutes(15));
		assertThat(catchThrowableOfType(TooManyRequestsException.class,
				() -> limiter.check(this.key, 2, Duration.ofMinutes(15), "paused")))
			.hasMessage("paused");
		limiter.forget(this.key);
		assertThatNoException().isThrownBy(() -> limiter.check(this.key, 2, Duration.ofMinutes(15), "paused"));
	}

	@Test
	void theTableHoldsNoAddressOrEmailAndForgetsFullBuckets() {
		RateLimiter limiter = limiter();
		String email = "ana-" + UUID.randomUUID() + "@example.com";
		limiter.record("login-account:" + email, 5, Duration.ofMinutes(15));
		String stored = RateLimiter.stored("login-account:" + email);
		assertThat(stored).startsWith("login-account:").doesNotContain("ana").doesNotContain("example");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM rate_limit_bucket WHERE id = ?", Integer.class, stored))
			.isEqualTo(1);
		limiter.sweep();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM rate_limit_bucket WHERE id = ?", Integer.class, stored))
			.as("a bucket still counting is kept")
			.isEqualTo(1);
		// The row says when the bucket is full again (the window), plus five minutes.
		long expiresAt = this.jdbc.queryForObject("SELECT expires_at FROM rate_limit_bucket WHERE id = ?", Long.class,
				stored);
		assertThat(expiresAt - System.currentTimeMillis()).isBetween(Duration.ofMinutes(19).toMillis(),
				Duration.ofMinutes(20).toMillis());
		this.jdbc.update("UPDATE rate_limit_bucket SET expires_at = ? WHERE id = ?", System.currentTimeMillis() - 1,
				stored);
		limiter.sweep();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM rate_limit_bucket WHERE id = ?", Integer.class, stored))
			.isZero();
	}

}
