package uk.mljobs.system;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

import uk.mljobs.shared.TooManyRequestsException;

/**
 * Token buckets per key ("signup:203.0.113.9", "login-account:42"), refilled in one go at
 * the end of each window, kept in a bounded cache that forgets idle keys. Time comes from
 * the injected clock so tests can move it. One instance holds the counts: behind several
 * app instances, counts are per instance.
 */
@Component
public class RateLimiter {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(200_000)
		.expireAfterAccess(Duration.ofHours(6))
		.build();

	private final TimeMeter time;

	RateLimiter(Clock clock) {
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/** Takes one token or throws with the message and how long to wait. */
	public void consume(String key, int allowance, Duration window, String message) {
		Bucket bucket = bucket(key, allowance, window);
		if (!bucket.tryConsume(1)) {
			throw new TooManyRequestsException(message, waitFor(bucket));
		}
	}

	/** Takes one token if there is one; for counting failures. */
	public void record(String key, int allowance, Duration window) {
		bucket(key, allowance, window).tryConsume(1);
	}

	/** Throws when the key has no tokens left, without taking one. */
	public void check(String key, int allowance, Duration window, String message) {
		Bucket bucket = this.buckets.getIfPresent(key);
		if (bucket != null && bucket.getAvailableTokens() < 1) {
			throw new TooManyRequestsException(message, waitFor(bucket));
		}
	}

	public void forget(String key) {
		this.buckets.invalidate(key);
	}

	private Bucket bucket(String key, int allowance, Duration window) {
		return this.buckets.get(key,
				(k) -> Bucket.builder()
					.addLimit(Bandwidth.builder().capacity(allowance).refillIntervally(allowance, window).build())
					.withCustomTimePrecision(this.time)
					.build());
	}

	private static Duration waitFor(Bucket bucket) {
		EstimationProbe probe = bucket.estimateAbilityToConsume(1);
		return Duration.ofNanos(Math.max(probe.getNanosToWaitForRefill(), 1_000_000_000L));
	}

}
