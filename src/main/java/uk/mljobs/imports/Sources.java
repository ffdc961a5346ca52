package uk.mljobs.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code job_source} table: sources, what their last run found, and the hold a run
 * takes on a source so no two instances read it at once.
 */
@Repository
@Transactional
class Sources {

	/** A run that has held its source this long is taken to have died. */
	static final Duration ABANDONED = Duration.ofMinutes(30);

	private static final String COLUMNS = """
			s.id, s.company_id, s.kind, s.token, s.publish, s.declared, s.paused_at, s.paused_reason,
			s.next_run_at, s.running_since, s.last_run_at, s.last_success_at, s.failures, s.last_error, s.seen,
			s.created, s.updated, s.closed, s.skipped, s.version""";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Sources(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Source> all() {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM job_source s ORDER BY s.id", this::source);
	}

	@Transactional(readOnly = true)
	Optional<Source> find(long id) {
		return this.jdbc.query("SELECT " + COLUMNS + " FROM job_source s WHERE s.id = ?", this::source, id)
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	Optional<Source> find(SourceKind kind, String token) {
		return this.jdbc
			.query("SELECT " + COLUMNS + " FROM job_source s WHERE s.kind = ? AND s.token = ?", this::source,
					kind.name(), token)
			.stream()
			.findFirst();
	}

	/** Ids of sources due to run now, oldest due first. */
	@Transactional(readOnly = true)
	List<Long> due() {
		return this.jdbc.queryForList("""
				SELECT id FROM job_source WHERE paused_at IS NULL AND next_run_at <= ?
				  AND (running_since IS NULL OR running_since < ?) ORDER BY next_run_at, id""", Long.class, now(),
				Timestamp.from(this.clock.instant().minus(ABANDONED)));
	}

	long create(long companyId, SourceKind kind, String token, boolean direct, boolean declared, Long adminId) {
		return this.jdbc.queryForObject("""
				INSERT INTO job_source (company_id, kind, token, publish, declared, created_by)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, companyId, kind.name(), token,
				direct ? "DIRECT" : "REVIEW", declared, adminId);
	}

	void update(long id, long companyId, boolean direct) {
		this.jdbc.update("UPDATE job_source SET company_id = ?, publish = ?, version = version + 1 WHERE id = ?",
				companyId, direct ? "DIRECT" : "REVIEW", id);
	}

	/**
	 * Takes the source for a run unless it is paused or another run holds it.
	 * @return whether this run holds it now
	 */
	boolean hold(long id, String instance) {
		return this.jdbc.update("""
				UPDATE job_source SET running_since = ?, running_on = ?
				WHERE id = ? AND paused_at IS NULL AND (running_since IS NULL OR running_since < ?)""", now(), instance,
				id, Timestamp.from(this.clock.instant().minus(ABANDONED))) == 1;
	}

	/** A run that read the feed whole: its counts, and when the source is due again. */
	void succeeded(long id, Counts counts, Duration every) {
		Instant now = this.clock.instant();
		this.jdbc.update("""
				UPDATE job_source SET running_since = NULL, running_on = NULL, last_run_at = ?, last_success_at = ?,
				  failures = 0, last_error = NULL, seen = ?, created = ?, updated = ?, closed = ?, skipped = ?,
				  next_run_at = ?, version = version + 1
				WHERE id = ?""", Timestamp.from(now), Timestamp.from(now), counts.seen(), counts.created(),
				counts.updated(), counts.closed(), counts.skippedTotal(), Timestamp.from(now.plus(every)), id);
		this.jdbc.update("DELETE FROM job_source_skip WHERE source_id = ?", id);
		counts.skipped()
			.forEach((reason, skip) -> this.jdbc.update(
					"INSERT INTO job_source_skip (source_id, reason, count, example) VALUES (?, ?, ?, ?)", id,
					shortened(reason, 120), skip.count(), shortened(skip.example(), 200)));
	}

	/**
	 * A run that could not read the feed: it changed nothing; after {@code pauseAfter} in
	 * a row the source is paused, saying why.
	 * @return whether this failure paused the source
	 */
	boolean failed(long id, String error, Duration every, int pauseAfter) {
		Instant now = this.clock.instant();
		String message = shortened(error, 500);
		this.jdbc.update("""
				UPDATE job_source SET running_since = NULL, running_on = NULL, last_run_at = ?, failures = failures + 1,
				  last_error = ?, next_run_at = ?, version = version + 1
				WHERE id = ?""", Timestamp.from(now), message, Timestamp.from(now.plus(every)), id);
		return this.jdbc.update("""
				UPDATE job_source SET paused_at = ?, paused_reason = ?
				WHERE id = ? AND paused_at IS NULL AND failures >= ?""", Timestamp.from(now),
				shortened("Paused after " + pauseAfter + " failed runs in a row: " + message, 300), id,
				pauseAfter) == 1;
	}

	void pause(long id, String reason) {
		this.jdbc.update("UPDATE job_source SET paused_at = ?, paused_reason = ?, version = version + 1 "
				+ "WHERE id = ? AND paused_at IS NULL", now(), shortened(reason, 300), id);
	}

	void resume(long id) {
		this.jdbc.update("""
				UPDATE job_source SET paused_at = NULL, paused_reason = NULL, failures = 0, next_run_at = ?,
				  version = version + 1
				WHERE id = ?""", now(), id);
	}

	/** Makes the source due at once. */
	void dueNow(long id) {
		this.jdbc.update("UPDATE job_source SET next_run_at = ? WHERE id = ?", now(), id);
	}

	@Transactional(readOnly = true)
	List<Skip> skips(long id) {
		return this.jdbc.query(
				"SELECT reason, count, example FROM job_source_skip WHERE source_id = ? ORDER BY count DESC, reason",
				(rs, n) -> new Skip(rs.getString(1), rs.getInt(2), rs.getString(3)), id);
	}

	/**
	 * Openings the company's sources left out for want of stated pay, at their last run.
	 */
	@Transactional(readOnly = true)
	int withoutPay(long companyId) {
		return this.jdbc.queryForObject("""
				SELECT coalesce(sum(k.count), 0) FROM job_source_skip k JOIN job_source s ON s.id = k.source_id
				WHERE s.company_id = ? AND k.reason = ?""", Integer.class, companyId, AdReader.NO_PAY);
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

	private Source source(ResultSet rs, int n) throws SQLException {
		return new Source(rs.getLong(1), rs.getLong(2), SourceKind.valueOf(rs.getString(3)), rs.getString(4),
				"DIRECT".equals(rs.getString(5)), rs.getBoolean(6), instant(rs, 7), rs.getString(8), instant(rs, 9),
				instant(rs, 10), instant(rs, 11), instant(rs, 12), rs.getInt(13), rs.getString(14), integer(rs, 15),
				integer(rs, 16), integer(rs, 17), integer(rs, 18), integer(rs, 19), rs.getInt(20));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static Integer integer(ResultSet rs, int column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static String shortened(String text, int most) {
		if (text == null) {
			return null;
		}
		return (text.length() <= most) ? text : text.substring(0, most - 1) + "…";
	}

	/**
	 * @param count how many items the reason left out
	 * @param example one of their titles
	 */
	record Skip(String reason, int count, String example) {

	}

}
