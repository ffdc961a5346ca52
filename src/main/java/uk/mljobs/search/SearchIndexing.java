package uk.mljobs.search;

import java.time.Duration;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.mljobs.shared.CuratedContentChanged;

/**
 * What features that write postings tell search. The database notes every change itself
 * (V21) and every instance's index follows; this only makes the writer's own instance
 * catch up before the request that made the change answers, so the person who published a
 * posting finds it in the very next search.
 */
@Component
public class SearchIndexing {

	/** The change notices' topic the database announces search changes under. */
	public static final String TOPIC = "search";

	/** The longest a write waits for its instance's index. */
	static final Duration WAIT = Duration.ofSeconds(2);

	private final Engines engines;

	SearchIndexing(Engines engines) {
		this.engines = engines;
	}

	/** Something search finds changes in this transaction. */
	public void changedInThisTransaction() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.engines.configured().awaitCurrent(WAIT);
			return;
		}
		if (TransactionSynchronizationManager.hasResource(this)) {
			return;
		}
		TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(SearchIndexing.this);
				if (status == STATUS_COMMITTED) {
					SearchIndexing.this.engines.configured().awaitCurrent(WAIT);
				}
			}

		});
	}

	/**
	 * Waits until the index has every change committed so far: for writes made behind the
	 * app's back (an import, a fixture, an operator's SQL).
	 */
	public void awaitCurrent() {
		this.engines.configured().awaitCurrent(WAIT);
	}

	/**
	 * Waits, at most {@code timeout}, until the configured engine serves from a current
	 * index; whether it does.
	 */
	public boolean awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!this.engines.configured().ready() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return this.engines.configured().ready();
	}

	/** A company or a tool renamed: its postings' words changed with it. */
	@TransactionalEventListener(fallbackExecution = true)
	void onCuratedContentChanged(CuratedContentChanged changed) {
		this.engines.configured().awaitCurrent(WAIT);
	}

}
