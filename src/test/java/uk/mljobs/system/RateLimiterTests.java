package uk.mljobs.system;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The allowance behind sign-up, posting and sign-in limits.
 */
class RateLimiterTests {

	private final TestClock clock = new TestClock();

	private final RateLimiter limiter = new RateLimiter(this.clock);

	@Test
	void refusesOnceTheAllowanceIsSpentAndSaysHowLongToWait() {
		for (int i = 0; i < 3; i++) {
			this.limiter.consume("posting-write:7", 3, Duration.ofHours(1), "slow down");
		}
		TooManyRequestsException refused = catchThrowableOfType(TooManyRequestsException.class,
				() -> this.limiter.consume("posting-write:7", 3, Duration.ofHours(1), "slow down"));
		assertThat(refused).hasMessage("slow down");
		assertThat(refused.getRetryAfter()).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
		assertThatNoException()
			.isThrownBy(() -> this.limiter.consume("posting-write:8", 3, Duration.ofHours(1), "slow down"));
	}

	@Test
	void theAllowanceComesBackWhenTheWindowHasPassed() {
		for (int i = 0; i < 3; i++) {
			this.limiter.consume("k", 3, Duration.ofHours(1), "slow down");
		}
		this.clock.advance(Duration.ofMinutes(61));
		assertThatNoException().isThrownBy(() -> this.limiter.consume("k", 3, Duration.ofHours(1), "slow down"));
	}

	@Test
	void checkingDoesNotSpendAndForgettingResets() {
		this.limiter.record("k", 2, Duration.ofMinutes(15));
		this.limiter.check("k", 2, Duration.ofMinutes(15), "paused");
		this.limiter.record("k", 2, Duration.ofMinutes(15));
		assertThat(catchThrowableOfType(TooManyRequestsException.class,
				() -> this.limiter.check("k", 2, Duration.ofMinutes(15), "paused")))
			.hasMessage("paused");
		this.limiter.forget("k");
		assertThatNoException().isThrownBy(() -> this.limiter.check("k", 2, Duration.ofMinutes(15), "paused"));
	}

}
