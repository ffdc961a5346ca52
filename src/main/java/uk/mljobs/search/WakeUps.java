package uk.mljobs.search;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * How an index's feeding thread is woken (a change notice, a writer waiting for its own
 * change, an admin's rebuild) and how waiters learn that a turn begun after they asked
 * has finished.
 */
final class WakeUps {

	private final Object lock = new Object();

	private long requested;

	private long completed;

	/** Wakes the thread without waiting for it. */
	void wake() {
		synchronized (this.lock) {
			this.lock.notifyAll();
		}
	}

	/** What a turn starting now will answer: call before the turn's work. */
	long startTurn() {
		synchronized (this.lock) {
			return this.requested;
		}
	}

	/** The turn that began at {@code ticket} is done; waits for the next one's cue. */
	void endTurn(long ticket, Duration poll, BooleanSupplier running) {
		synchronized (this.lock) {
			this.completed = Math.max(this.completed, ticket);
			this.lock.notifyAll();
			if (running.getAsBoolean() && this.requested == ticket) {
				waitQuietly(poll.toMillis());
			}
		}
	}

	/**
	 * Asks for a turn and waits, at most {@code timeout}, until one begun after this call
	 * has finished.
	 */
	void awaitTurn(Duration timeout, BooleanSupplier running) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			long ticket = ++this.requested;
			this.lock.notifyAll();
			while (this.completed < ticket && running.getAsBoolean()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return;
				}
				waitQuietly(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
			}
		}
	}

	/**
	 * Waits until {@code condition} holds, at most {@code timeout}, checking every 50 ms.
	 */
	void awaitCondition(BooleanSupplier condition, Duration timeout, BooleanSupplier running) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (!condition.getAsBoolean() && running.getAsBoolean()) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return;
				}
				waitQuietly(Math.min(50, Math.max(1, TimeUnit.NANOSECONDS.toMillis(left))));
			}
		}
	}

	/** Sleeps for {@code duration} unless woken. */
	void pause(Duration duration) {
		synchronized (this.lock) {
			waitQuietly(duration.toMillis());
		}
	}

	private void waitQuietly(long millis) {
		try {
			this.lock.wait(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
