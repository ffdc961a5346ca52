package uk.mljobs.search;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;

import uk.mljobs.system.ChangedElsewhere;

/**
 * What the engines with an index of their own share: one thread that follows the change
 * feed, woken by the change notices of every instance (and, failing those, by its own
 * poll), asked to rebuild by a flag it reads on its next turn, started before the web
 * server takes requests and stopped after it has finished the ones in flight.
 */
abstract class FeedFollowingEngine implements SearchEngine, SmartLifecycle {

	final WakeUps wakeUps = new WakeUps();

	volatile boolean running;

	volatile boolean rebuild;

	private final String threadName;

	private Thread thread;

	FeedFollowingEngine(String threadName) {
		this.threadName = threadName;
	}

	/** The thread's work, until {@link #running} is false. */
	abstract void work();

	/** Before the thread starts. */
	void opening() {
	}

	/** After the thread has stopped, or 5 s after it was asked to. */
	void closing() {
	}

	@Override
	public void rebuild() {
		this.rebuild = true;
		wake();
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(SearchIndexing.TOPIC)) {
			wake();
		}
	}

	void wake() {
		this.wakeUps.wake();
	}

	@Override
	public synchronized void start() {
		opening();
		this.running = true;
		this.thread = new Thread(this::work, this.threadName);
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		wake();
		if (this.thread != null) {
			try {
				this.thread.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		closing();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Started before the web server takes requests, stopped after it has finished the
	 * ones in flight (a stop that waits on a hung database must never hold up the web
	 * server's graceful shutdown).
	 */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1024;
	}

}
