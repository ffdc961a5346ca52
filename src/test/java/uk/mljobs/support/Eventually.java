package uk.mljobs.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waiting for what another thread or instance does: the condition is polled until it
 * holds or the patience runs out.
 */
public final class Eventually {

	private static final long POLL_MILLIS = 20;

	private Eventually() {
	}

	/**
	 * Whether {@code condition} held within {@code patience} (checked once more at the
	 * end).
	 */
	public static boolean within(BooleanSupplier condition, Duration patience) {
		long deadline = System.nanoTime() + patience.toNanos();
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			try {
				Thread.sleep(POLL_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return condition.getAsBoolean();
	}

}
