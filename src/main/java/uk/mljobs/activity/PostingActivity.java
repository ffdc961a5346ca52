package uk.mljobs.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import uk.mljobs.shared.UkTime;

/**
 * Counts what postings do, per posting and UK day: impressions (listed on a results page
 * or in an alert digest), page views, apply clicks and saves. The request path only adds
 * to counters in memory; every {@code mljobs.activity.flush-interval} (5 s) the counts
 * held are swapped out and written in one batch of
 * {@code INSERT ... ON CONFLICT DO UPDATE SET x = x + excluded.x}, so any number of
 * instances add up exactly, and again when the application stops. A write that fails puts
 * its counts back for the next one; nothing here ever throws into a request.
 * <p>
 * Callers decide what counts: {@link Visitors} says which requests come from people.
 */
@Component
public class PostingActivity implements SchedulingConfigurer, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(PostingActivity.class);

	/** What is counted; the index of each in a {@link Tally}. */
	enum Kind {

		IMPRESSION, VIEW, APPLY_CLICK, SAVE

	}

	/** One posting's counts for one day. */
	record Key(long postingId, LocalDate day) {
	}

	private final ActivityRows rows;

	private final ActivityProperties properties;

	private final Clock clock;

	/**
	 * Counting takes the read lock (many at once); a flush takes the write lock just long
	 * enough to swap the map, so no count lands in a map that is being written out.
	 */
	private final ReadWriteLock swap = new ReentrantReadWriteLock();

	private Map<Key, AtomicLongArray> held = new ConcurrentHashMap<>();

	private volatile boolean running;

	PostingActivity(ActivityRows rows, ActivityProperties properties, Clock clock) {
		this.rows = rows;
		this.properties = properties;
		this.clock = clock;
	}

	/** The postings listed on one results page, or in one alert digest. */
	public void impressions(Collection<Long> postingIds) {
		LocalDate today = UkTime.today(this.clock);
		for (Long id : postingIds) {
			add(new Key(id, today), Kind.IMPRESSION, 1);
		}
	}

	public void viewed(long postingId) {
		add(new Key(postingId, UkTime.today(this.clock)), Kind.VIEW, 1);
	}

	public void applyClicked(long postingId) {
		add(new Key(postingId, UkTime.today(this.clock)), Kind.APPLY_CLICK, 1);
	}

	public void saved(long postingId) {
		add(new Key(postingId, UkTime.today(this.clock)), Kind.SAVE, 1);
	}

	/** All-time totals of each posting that has any; others are absent. */
	public Map<Long, ActivityTotals> totals(Collection<Long> postingIds) {
		return this.rows.totals(postingIds, null, null);
	}

	private void add(Key key, Kind kind, long count) {
		this.swap.readLock().lock();
		try {
			this.held.computeIfAbsent(key, (k) -> new AtomicLongArray(Kind.values().length))
				.addAndGet(kind.ordinal(), count);
		}
		finally {
			this.swap.readLock().unlock();
		}
	}

	/**
	 * Writes every count held so far, in one batch. On failure the counts are kept for
	 * the next flush. Safe to call at any time, from any thread.
	 */
	public synchronized void flush() {
		Map<Key, AtomicLongArray> taken;
		this.swap.writeLock().lock();
		try {
			if (this.held.isEmpty()) {
				return;
			}
			taken = this.held;
			this.held = new ConcurrentHashMap<>();
		}
		finally {
			this.swap.writeLock().unlock();
		}
		List<ActivityRows.Row> batch = new ArrayList<>(taken.size());
		taken.forEach((key, counts) -> batch.add(new ActivityRows.Row(key.postingId(), key.day(), counts.get(0),
				counts.get(1), counts.get(2), counts.get(3))));
		// Always in the same order, so two instances' batches never deadlock on each
		// other's rows.
		batch.sort(Comparator.comparingLong(ActivityRows.Row::postingId).thenComparing(ActivityRows.Row::day));
		try {
			List<ActivityRows.Row> unwritten = this.rows.add(batch);
			keep(unwritten);
		}
		catch (RuntimeException ex) {
			log.warn("Could not write posting activity ({} rows); keeping the counts for the next try: {}",
					batch.size(), ex.toString());
			keep(batch);
		}
	}

	private void keep(List<ActivityRows.Row> unwritten) {
		for (ActivityRows.Row row : unwritten) {
			Key key = new Key(row.postingId(), row.day());
			long[] counts = { row.impressions(), row.views(), row.applyClicks(), row.saves() };
			for (Kind kind : Kind.values()) {
				if (counts[kind.ordinal()] != 0) {
					add(key, kind, counts[kind.ordinal()]);
				}
			}
		}
	}

	/** How many posting-days are held, waiting for the next flush. */
	int held() {
		this.swap.readLock().lock();
		try {
			return this.held.size();
		}
		finally {
			this.swap.readLock().unlock();
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::flush, this.properties.flushInterval());
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * On shutdown, after the web server has stopped taking requests and finished those in
	 * flight: what is still held is written.
	 */
	@Override
	public void stop() {
		this.running = false;
		flush();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops after the web server (lower phases stop later), while the database is up. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
