package uk.mljobs.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code posting_activity} table: counts added in batches, and read back per day or
 * in total.
 */
@Component
class ActivityRows {

	private static final Logger log = LoggerFactory.getLogger(ActivityRows.class);

	private static final String ADD = """
			INSERT INTO posting_activity AS a (posting_id, day, impressions, views, apply_clicks, saves)
			VALUES (?, ?, ?, ?, ?, ?)
			ON CONFLICT (posting_id, day) DO UPDATE SET impressions = a.impressions + excluded.impressions,
			    views = a.views + excluded.views, apply_clicks = a.apply_clicks + excluded.apply_clicks,
			    saves = a.saves + excluded.saves""";

	/** One posting's counts to add for one day. */
	record Row(long postingId, LocalDate day, long impressions, long views, long applyClicks, long saves) {
	}

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	ActivityRows(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Adds the rows in one transaction. When a posting was deleted since it was counted
	 * (its row breaks the foreign key), the rows are added one by one and that posting's
	 * counts are dropped with it.
	 * @return the rows not written for a reason other than a deleted posting, to try
	 * again; empty when all were written
	 * @throws RuntimeException when the batch could not be written at all
	 */
	List<Row> add(List<Row> rows) {
		try {
			this.transaction.executeWithoutResult((status) -> this.jdbc.batchUpdate(ADD, rows, 500, (ps, row) -> {
				ps.setLong(1, row.postingId());
				ps.setObject(2, row.day());
				ps.setLong(3, row.impressions());
				ps.setLong(4, row.views());
				ps.setLong(5, row.applyClicks());
				ps.setLong(6, row.saves());
			}));
			return List.of();
		}
		catch (DataIntegrityViolationException ex) {
			return oneByOne(rows);
		}
	}

	private List<Row> oneByOne(List<Row> rows) {
		List<Row> unwritten = new ArrayList<>();
		for (Row row : rows) {
			try {
				this.jdbc.update(ADD, row.postingId(), row.day(), row.impressions(), row.views(), row.applyClicks(),
						row.saves());
			}
			catch (DataIntegrityViolationException ex) {
				log.info("Dropped activity counts of posting {}, deleted since they were counted", row.postingId());
			}
			catch (RuntimeException ex) {
				unwritten.add(row);
			}
		}
		return unwritten;
	}

	/** A posting's counts for each day from {@code from} to {@code to} that has any. */
	List<DayCounts> days(long postingId, LocalDate from, LocalDate to) {
		return this.jdbc.query("""
				SELECT day, impressions, views, apply_clicks, saves FROM posting_activity
				WHERE posting_id = ? AND day BETWEEN ? AND ? ORDER BY day""",
				(rs, n) -> new DayCounts(rs.getObject("day", LocalDate.class),
						new ActivityTotals(rs.getLong("impressions"), rs.getLong("views"), rs.getLong("apply_clicks"),
								rs.getLong("saves"))),
				postingId, from, to);
	}

	/**
	 * Each posting's totals from {@code from} to {@code to} (all time when both are
	 * null); postings without counts are absent.
	 */
	Map<Long, ActivityTotals> totals(Collection<Long> postingIds, LocalDate from, LocalDate to) {
		Map<Long, ActivityTotals> totals = new HashMap<>();
		if (postingIds.isEmpty()) {
			return totals;
		}
		this.jdbc.query("""
				SELECT posting_id, sum(impressions), sum(views), sum(apply_clicks), sum(saves) FROM posting_activity
				WHERE posting_id = ANY (?) AND day BETWEEN ? AND ?
				GROUP BY posting_id""", (rs) -> {
			totals.put(rs.getLong(1), new ActivityTotals(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
		}, postingIds.toArray(Long[]::new), (from != null) ? from : LocalDate.of(1, 1, 1),
				(to != null) ? to : LocalDate.of(9999, 12, 31));
		return totals;
	}

}
