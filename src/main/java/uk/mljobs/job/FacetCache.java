package uk.mljobs.job;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import uk.mljobs.search.Dimension;
import uk.mljobs.search.SearchHits.FacetCounts;
import uk.mljobs.search.SearchQuery;
import uk.mljobs.system.ChangeNotices;
import uk.mljobs.system.ChangedElsewhere;

/**
 * Keeps each search's facet counts and match count for a short while: they cost most of a
 * search's database time, and they are approximate already (counted over a capped
 * sample). With them, the relevance order of a search with many matches (the ids of its
 * newest candidates, ranked): collecting those candidates walked up to 100,000 rows for a
 * common word with a rare filter. The rows a page shows are always read fresh.
 * <p>
 * Any change to a posting starts a new generation once its transaction commits, so this
 * instance never shows counts from before a change it made. The change is announced to
 * the other instances ({@link ChangeNotices}), which start a new generation when it
 * arrives; if it never does, they show older counts for at most
 * {@link SearchProperties#facetCache()}. A search that read the database before the
 * change stores its counts under the old generation, where no one looks again.
 */
@Component
class FacetCache {

	/**
	 * What a search's facets came to: each dimension's counts, the matches seen, and,
	 * when there were more than the scan reads, the estimate of them all.
	 */
	record Counted(Map<Dimension, FacetCounts> facets, long matches, long estimate) {
	}

	private record Key(long generation, SearchQuery search) {
	}

	static final String TOPIC = uk.mljobs.shared.PostingsChanged.TOPIC;

	private final Cache<Key, Counted> cache;

	private final Cache<Key, List<Long>> rankings;

	private final boolean enabled;

	private final AtomicLong generation = new AtomicLong();

	private final ChangeNotices notices;

	FacetCache(SearchProperties properties, ChangeNotices notices) {
		this.notices = notices;
		this.enabled = !properties.facetCache().isZero();
		this.cache = Caffeine.newBuilder()
			.maximumSize(properties.facetCacheSize())
			.expireAfterWrite(properties.facetCache())
			.build();
		this.rankings = Caffeine.newBuilder()
			.maximumSize(properties.facetCacheSize())
			.expireAfterWrite(properties.facetCache())
			.build();
	}

	/**
	 * The ranked candidate ids of a relevance search with many matches, from the cache or
	 * from {@code rank}; the same key, generations and exceptions as the counts.
	 */
	List<Long> ranking(SearchQuery search, Supplier<List<Long>> rank) {
		if (!kept(search)) {
			return rank.get();
		}
		return this.rankings.get(new Key(this.generation.get(), search.countKey()), (key) -> List.copyOf(rank.get()));
	}

	/**
	 * The counts for a search, from the cache or from {@code count}, kept under what they
	 * depend on ({@link SearchQuery#countKey}): the search's filters and words, and the
	 * day, not its page or order.
	 */
	Counted get(SearchQuery search, Supplier<Counted> count) {
		if (!kept(search)) {
			return count.get();
		}
		return this.cache.get(new Key(this.generation.get(), search.countKey()), (key) -> count.get());
	}

	/**
	 * Whether a search's counts are shared with everyone who asks it. Not a search that
	 * leaves out one person's hidden postings: its counts are theirs, so it is neither
	 * answered from the cache nor kept in it, where it would only push out searches
	 * others repeat.
	 */
	private boolean kept(SearchQuery search) {
		return this.enabled && !search.excludes();
	}

	/** A posting changed: after the transaction commits, counts start afresh. */
	void postingChanged() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					newGeneration();
				}

			});
		}
		else {
			newGeneration();
		}
		this.notices.afterCommit(TOPIC);
	}

	@EventListener
	void onChangedElsewhere(ChangedElsewhere changed) {
		if (changed.concerns(TOPIC)) {
			newGeneration();
		}
	}

	private void newGeneration() {
		this.generation.incrementAndGet();
		this.cache.invalidateAll();
		this.rankings.invalidateAll();
	}

}
