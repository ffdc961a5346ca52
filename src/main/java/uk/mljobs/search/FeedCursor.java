package uk.mljobs.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where one index stands in the change feed, and which changes at or above that position
 * it has applied already (the feed returns those again until every earlier transaction
 * has finished). A change counts as applied only once {@link #applied} says so, so a
 * write that fails is read again on the next turn.
 */
final class FeedCursor {

	/**
	 * One turn's work: the postings to read afresh and write or remove, and the position
	 * the index is at once they are.
	 */
	record Step(List<Long> postings, List<ChangeFeed.Change> changes, long position) {
	}

	private final ChangeFeed feed;

	private final Map<Long, Long> applied = new HashMap<>();

	private volatile long position;

	FeedCursor(ChangeFeed feed) {
		this.feed = feed;
	}

	/** Starts over at {@code position}, as after a build from a snapshot taken there. */
	void restart(long position) {
		this.position = position;
		this.applied.clear();
	}

	long position() {
		return this.position;
	}

	/** The changes not yet applied, each posting named once. */
	Step next() {
		ChangeFeed.Read read = this.feed.read(this.position);
		Set<Long> postings = new LinkedHashSet<>();
		List<ChangeFeed.Change> changes = new ArrayList<>();
		for (ChangeFeed.Change change : read.changes()) {
			if (!this.applied.containsKey(change.id())) {
				postings.add(change.postingId());
				changes.add(change);
			}
		}
		return new Step(List.copyOf(postings), changes, read.position());
	}

	/** The step's postings are in the index: it stands at the step's position. */
	void applied(Step step) {
		step.changes().forEach((change) -> this.applied.put(change.id(), change.txid()));
		this.applied.values().removeIf((txid) -> txid < step.position());
		this.position = step.position();
	}

}
