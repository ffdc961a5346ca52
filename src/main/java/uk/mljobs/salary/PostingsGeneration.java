package uk.mljobs.salary;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import uk.mljobs.shared.PostingsChanged;
import uk.mljobs.system.ChangedElsewhere;

/**
 * Counts the changes to postings seen here: one committed on this instance, or announced
 * by another. Figures kept over postings are keyed by the count, so a computation that
 * read the postings before a change is never kept after it, and are dropped as it moves
 * on.
 */
@Component
class PostingsGeneration {

	private final AtomicLong generation = new AtomicLong();

	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

	long current() {
		return this.generation.get();
	}

	/** Runs {@code forget} after each change. */
	void onChange(Runnable forget) {
		this.listeners.add(forget);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onPostingsChanged(PostingsChanged changed) {
		next();
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(PostingsChanged.TOPIC)) {
			next();
		}
	}

	private void next() {
		this.generation.incrementAndGet();
		this.listeners.forEach(Runnable::run);
	}

}
