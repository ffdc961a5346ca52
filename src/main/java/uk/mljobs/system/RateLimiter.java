package uk.mljobs.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.mljobs.shared.TooManyRequestsException;

/**
 * Token buckets per key ("signup:203.0.113.9", "login-account:ana@example.com"), refilled
 * in one go at the end of each window. The buckets live in PostgreSQL (bucket4j's
 * select-for-update backend, table {@code rate_limit_bucket}), so every instance on the
 * database spends from one allowance: ten instances do not give an attacker ten times the
 * guesses. Keys are stored as their kind and a digest of the rest, so the table holds no
 * addresses or emails. Time comes from the injected clock so tests can move it.
 */
@Component
public class RateLimiter {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	/** How long a full bucket's row is kept before the sweep deletes it. */
	private static final Duration KEEP_WHEN_FULL = Duration.ofMinutes(5);

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	public RateLimiter(DataSource dataSource, Clock clock) {
		TimeMeter time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.millis() * 1_000_000L;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(time)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_WHEN_FULL))
			.build();
	}

	/** Takes one token or throws with the message and how long to wait. */
	public void consume(String key, int allowance, Duration window, String message) {
		ConsumptionProbe probe = bucket(key, allowance, window).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new TooManyRequestsException(message, waitFor(probe.getNanosToWaitForRefill()));
		}
	}

	/** Takes one token if there is one; for counting failures. */
	public void record(String key, int allowance, Duration window) {
		bucket(key, allowance, window).tryConsume(1);
	}

	/** Throws when the key has no tokens left, without taking one. */
	public void check(String key, int allowance, Duration window, String message) {
		EstimationProbe probe = bucket(key, allowance, window).estimateAbilityToConsume(1);
		if (!probe.canBeConsumed()) {
			throw new TooManyRequestsException(message, waitFor(probe.getNanosToWaitForRefill()));
		}
	}

	public void forget(String key) {
		this.buckets.removeProxy(stored(key));
	}

	/** Deletes buckets that have been full for a while; any instance may run it. */
	@Scheduled(cron = "${mljobs.limits.sweep-cron:0 */10 * * * *}")
	void sweep() {
		int removed;
		int total = 0;
		do {
			removed = this.buckets.removeExpired(1000);
			total += removed;
		}
		while (removed == 1000);
		if (total > 0) {
			log.debug("Removed {} idle rate-limit buckets", total);
		}
	}

	private BucketProxy bucket(String key, int allowance, Duration window) {
		return this.buckets.builder()
			.build(stored(key),
					() -> BucketConfiguration.builder()
						.addLimit(Bandwidth.builder().capacity(allowance).refillIntervally(allowance, window).build())
						.build());
	}

	/**
	 * "login-account:ana@example.com" is stored as "login-account:" and the first 32 hex
	 * digits of the SHA-256 of the whole key.
	 */
	static String stored(String key) {
		int colon = key.indexOf(':');
		String kind = (colon > 0) ? key.substring(0, colon + 1) : "";
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return kind + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Duration waitFor(long nanos) {
		return Duration.ofNanos(Math.max(nanos, 1_000_000_000L));
	}

}
