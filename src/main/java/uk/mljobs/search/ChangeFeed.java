package uk.mljobs.search;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the {@code search_change} rows the database's triggers write (V21). A position is
 * a transaction id: every transaction below it has finished, so each of its changes has
 * been read. Reading from a position returns every change of a transaction at or above it
 * that has committed, with the new position: the oldest transaction still running when
 * the read began. A change is therefore read again until every transaction before it has
 * finished; callers skip the ones they have applied, and applying one twice is harmless
 * anyway.
 */
@Component
public class ChangeFeed {

	/** A change: its row, the transaction that wrote it, the posting it concerns. */
	public record Change(long id, long txid, long postingId) {
	}

	/**
	 * What one read found.
	 *
	 * @param position where the next read starts
	 */
	public record Read(long position, List<Change> changes) {
	}

	private static final int PAGE = 10_000;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate snapshot;

	ChangeFeed(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setReadOnly(true);
	}

	/** Every change from {@code position} on, in one snapshot, in the order written. */
	public Read read(long position) {
		return this.snapshot.execute((status) -> {
			long next = now();
			List<Change> changes = new ArrayList<>();
			long after = 0;
			while (true) {
				List<Change> page = this.jdbc.query(
						"SELECT id, txid, posting_id FROM search_change WHERE txid >= ? AND id > ? ORDER BY id LIMIT ?",
						(rs, n) -> new Change(rs.getLong(1), rs.getLong(2), rs.getLong(3)), position, after, PAGE);
				changes.addAll(page);
				if (page.size() < PAGE) {
					break;
				}
				after = page.get(page.size() - 1).id();
			}
			return new Read(next, changes);
		});
	}

	/**
	 * The position a full read of the database starts from, read inside that read's own
	 * transaction: whatever committed before its snapshot is in it, whatever did not is
	 * read from the feed afterwards.
	 */
	public long now() {
		return this.jdbc.queryForObject("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint", Long.class);
	}

	/**
	 * Changes at or after {@code position}: what an index at that position may still have
	 * to apply.
	 */
	public long waiting(long position) {
		return this.jdbc.queryForObject("SELECT count(*) FROM search_change WHERE txid >= ?", Long.class, position);
	}

	/**
	 * Changes below this position have been pruned: an index behind it must be rebuilt.
	 */
	public long horizon() {
		return this.jdbc.queryForObject("SELECT pruned_below FROM search_change_horizon", Long.class);
	}

	/**
	 * Deletes changes older than {@code keepFor}, recording the horizon, so the table
	 * stays small; an instance away for longer rebuilds its index when it comes back.
	 */
	public int prune(java.time.Duration keepFor) {
		Long below = this.jdbc.queryForObject(
				"SELECT max(txid) + 1 FROM search_change WHERE changed_at < now() - make_interval(secs => ?)",
				Long.class, (double) keepFor.toSeconds());
		if (below == null) {
			return 0;
		}
		this.jdbc.update("UPDATE search_change_horizon SET pruned_below = greatest(pruned_below, ?)", below);
		return this.jdbc.update("DELETE FROM search_change WHERE txid < ?", below);
	}

}
