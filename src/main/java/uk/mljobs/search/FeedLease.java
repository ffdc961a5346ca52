package uk.mljobs.search;

import java.time.Duration;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An engine's row in {@code search_feed} (V22): which instance feeds the shared index
 * (the holder of a lease it renews), which index is live, and up to which change of the
 * feed it holds.
 */
final class FeedLease {

	/** The row as read after taking or renewing the lease. */
	record Row(String index, long position, String holder) {
	}

	private final JdbcTemplate jdbc;

	private final String engine;

	private final String holder;

	FeedLease(JdbcTemplate jdbc, String engine, String holder) {
		this.jdbc = jdbc;
		this.engine = engine;
		this.holder = holder;
	}

	String holder() {
		return this.holder;
	}

	void ensureRow() {
		this.jdbc.update("INSERT INTO search_feed (engine) VALUES (?) ON CONFLICT DO NOTHING", this.engine);
	}

	/**
	 * Takes the lease when it is free or lapsed, renews it when it is ours, and reads the
	 * row either way.
	 */
	Row take(Duration lease) {
		this.jdbc.update(
				"UPDATE search_feed SET holder = ?, lease_until = now() + make_interval(secs => ?), updated_at = now() "
						+ "WHERE engine = ? AND (holder IS NULL OR holder = ? OR lease_until < now())",
				this.holder, (double) lease.toSeconds(), this.engine, this.holder);
		Map<String, Object> row = this.jdbc
			.queryForMap("SELECT index_name, position, holder FROM search_feed WHERE engine = ?", this.engine);
		return new Row((String) row.get("index_name"), ((Number) row.get("position")).longValue(),
				(String) row.get("holder"));
	}

	boolean held(Row row) {
		return this.holder.equals(row.holder());
	}

	/** The position the feeder last recorded. */
	long position() {
		return this.jdbc.queryForObject("SELECT position FROM search_feed WHERE engine = ?", Long.class, this.engine);
	}

	/** A new index is live, holding the changes up to {@code position}. */
	void swapped(String index, long position) {
		this.jdbc.update("UPDATE search_feed SET index_name = ?, position = ?, updated_at = now() WHERE engine = ?",
				index, position, this.engine);
	}

	/**
	 * The live index holds the changes up to {@code position}; only the holder records
	 * it.
	 */
	void advanced(long position) {
		this.jdbc.update("UPDATE search_feed SET position = ?, updated_at = now() WHERE engine = ? AND holder = ?",
				position, this.engine, this.holder);
	}

	void release() {
		this.jdbc.update("UPDATE search_feed SET holder = NULL, lease_until = NULL WHERE engine = ? AND holder = ?",
				this.engine, this.holder);
	}

}
