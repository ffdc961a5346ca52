package uk.mljobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every published posting as one snapshot of the database sees it, with the change feed's
 * position at that snapshot: what an engine builds a new index from, so that following
 * the feed from that position afterwards misses nothing and applies nothing twice.
 */
@Component
class BoardSnapshot {

	/** Postings handed over at a time. */
	static final int BATCH = 500;

	private final TransactionTemplate snapshot;

	private final JdbcTemplate jdbc;

	private final ChangeFeed feed;

	private final JobDocuments documents;

	BoardSnapshot(PlatformTransactionManager transactions, JdbcTemplate jdbc, ChangeFeed feed, JobDocuments documents) {
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
		this.jdbc = jdbc;
		this.feed = feed;
		this.documents = documents;
	}

	/**
	 * Hands every published posting to {@code batches}, {@link #BATCH} at a time, and
	 * returns the feed position of the snapshot read.
	 * @param running checked after each posting: once false, the read stops with an
	 * {@link IllegalStateException}
	 * @return the change feed's position at the snapshot
	 */
	long read(Consumer<List<JobDocument>> batches, BooleanSupplier running) {
		Long position = this.snapshot.execute((status) -> {
			// One statement reads the whole board: longer than a request may take.
			this.jdbc.execute("SET LOCAL statement_timeout = 0");
			long at = this.feed.now();
			List<JobDocument> batch = new ArrayList<>(BATCH);
			this.documents.forEachPublished((document) -> {
				batch.add(document);
				if (batch.size() == BATCH) {
					batches.accept(List.copyOf(batch));
					batch.clear();
				}
				if (!running.getAsBoolean()) {
					throw new IllegalStateException("stopping");
				}
			});
			if (!batch.isEmpty()) {
				batches.accept(List.copyOf(batch));
			}
			return at;
		});
		return position;
	}

}
