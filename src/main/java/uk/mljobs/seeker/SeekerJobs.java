package uk.mljobs.seeker;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.job.TrackedPostings;
import uk.mljobs.job.TrackedPostings.Tracked;
import uk.mljobs.shared.ConflictException;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.UkTime;

/**
 * What each seeker keeps about postings. Only postings seekers may read can be kept;
 * everything is per account, and one account never reads another's rows.
 */
@Service
class SeekerJobs {

	/** The most postings one seeker keeps (saved, applied, noted or hidden). */
	static final int MOST = 2_000;

	/** The most hidden postings a search leaves out. */
	static final int MOST_HIDDEN = 1_000;

	static final int NOTE_LENGTH = 2_000;

	/** How a seeker's list is ordered. */
	enum Order {

		SAVED("Newest saved first"), CLOSING("Closing soonest"), APPLIED("Applied most recently"),
		TITLE("Job title, A to Z");

		private final String label;

		Order(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public String parameter() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static Order of(String parameter) {
			for (Order order : values()) {
				if (order.parameter().equals(parameter)) {
					return order;
				}
			}
			return SAVED;
		}

	}

	/** One kept posting, with what the seeker keeps about it. */
	record Entry(Tracked posting, Instant savedAt, LocalDate appliedOn, Instant hiddenAt, String note) {

		public boolean saved() {
			return this.savedAt != null;
		}

		public boolean applied() {
			return this.appliedOn != null;
		}

	}

	private record Row(long postingId, Instant savedAt, LocalDate appliedOn, Instant hiddenAt, String note) {
	}

	private final JdbcTemplate jdbc;

	private final TrackedPostings postings;

	private final Clock clock;

	SeekerJobs(JdbcTemplate jdbc, TrackedPostings postings, Clock clock) {
		this.jdbc = jdbc;
		this.postings = postings;
		this.clock = clock;
	}

	/** Saved, applied or noted postings, not hidden ones, in the order asked for. */
	@Transactional(readOnly = true)
	List<Entry> kept(long accountId, Order order) {
		List<Entry> entries = entries(accountId, false);
		Comparator<Entry> newestSaved = Comparator.comparing(Entry::savedAt,
				Comparator.nullsLast(Comparator.reverseOrder()));
		Comparator<Entry> by = switch (order) {
			case SAVED -> newestSaved;
			case CLOSING -> Comparator.comparing((Entry e) -> e.posting().state() == TrackedPostings.State.CLOSED)
				.thenComparing((Entry e) -> e.posting().closesOn());
			case APPLIED -> Comparator.comparing(Entry::appliedOn, Comparator.nullsLast(Comparator.reverseOrder()));
			case TITLE -> Comparator.comparing((Entry e) -> e.posting().title(), String.CASE_INSENSITIVE_ORDER);
		};
		return entries.stream().sorted(by.thenComparing(newestSaved)).toList();
	}

	/** Hidden postings, most recently hidden first. */
	@Transactional(readOnly = true)
	List<Entry> hidden(long accountId) {
		return entries(accountId, true).stream()
			.sorted(Comparator.comparing(Entry::hiddenAt, Comparator.reverseOrder()))
			.toList();
	}

	/** What the Save buttons on any page need: saved ids, and the days applied. */
	MyJobs mine(long accountId) {
		Set<Long> saved = new HashSet<>();
		Map<Long, LocalDate> applied = new java.util.HashMap<>();
		this.jdbc.query("""
				SELECT posting_id, saved_at IS NOT NULL AS saved, applied_on FROM seeker_job
				WHERE account_id = ? AND (saved_at IS NOT NULL OR applied_on IS NOT NULL)""", (rs) -> {
			if (rs.getBoolean("saved")) {
				saved.add(rs.getLong("posting_id"));
			}
			LocalDate on = rs.getObject("applied_on", LocalDate.class);
			if (on != null) {
				applied.put(rs.getLong("posting_id"), on);
			}
		}, accountId);
		return new MyJobs(saved, applied);
	}

	/** The ids the seeker hid, newest first, at most {@link #MOST_HIDDEN}. */
	Set<Long> hiddenIds(long accountId) {
		return new HashSet<>(this.jdbc.queryForList("""
				SELECT posting_id FROM seeker_job WHERE account_id = ? AND hidden_at IS NOT NULL
				ORDER BY hidden_at DESC LIMIT ?""", Long.class, accountId, MOST_HIDDEN));
	}

	/**
	 * Where the seeker stands with one posting, or {@code null} when they keep nothing.
	 */
	Entry about(long accountId, long postingId) {
		Tracked posting = posting(postingId);
		return rows(accountId, postingId).stream()
			.findFirst()
			.map((row) -> new Entry(posting, row.savedAt(), row.appliedOn(), row.hiddenAt(), row.note()))
			.orElse(null);
	}

	/**
	 * Saves the posting (un-hiding it).
	 * @return whether it was not saved before (a save to count)
	 */
	@Transactional
	boolean save(long accountId, long postingId) {
		posting(postingId);
		Timestamp now = now();
		if (insert(accountId, postingId, "saved_at", now)) {
			return true;
		}
		return this.jdbc.update("""
				UPDATE seeker_job SET saved_at = ?, hidden_at = NULL, updated_at = ?
				WHERE account_id = ? AND posting_id = ? AND saved_at IS NULL""", now, now, accountId, postingId) > 0;
	}

	@Transactional
	void unsave(long accountId, long postingId) {
		clear(accountId, postingId, "saved_at");
	}

	/** Hides the posting from the seeker's searches; a hidden posting is not saved. */
	@Transactional
	void hide(long accountId, long postingId) {
		posting(postingId);
		if (this.jdbc.queryForObject(
				"SELECT count(*) FROM seeker_job WHERE account_id = ? AND hidden_at IS NOT NULL AND posting_id <> ?",
				Long.class, accountId, postingId) >= MOST_HIDDEN) {
			throw new ConflictException("You have hidden " + MOST_HIDDEN
					+ " jobs, as many as your searches can leave out. Show some again from My jobs, then hide this one.");
		}
		Timestamp now = now();
		if (!insert(accountId, postingId, "hidden_at", now)) {
			this.jdbc.update("""
					UPDATE seeker_job SET hidden_at = coalesce(hidden_at, ?), saved_at = NULL, updated_at = ?
					WHERE account_id = ? AND posting_id = ?""", now, now, accountId, postingId);
		}
	}

	@Transactional
	void unhide(long accountId, long postingId) {
		clear(accountId, postingId, "hidden_at");
	}

	/** Marks the day the seeker applied, or clears it ({@code null}). */
	@Transactional
	void applied(long accountId, long postingId, LocalDate on) {
		posting(postingId);
		if (on == null) {
			clear(accountId, postingId, "applied_on");
			return;
		}
		if (!insert(accountId, postingId, "applied_on", on)) {
			this.jdbc.update(
					"UPDATE seeker_job SET applied_on = ?, updated_at = ? WHERE account_id = ? AND posting_id = ?", on,
					now(), accountId, postingId);
		}
	}

	/** Keeps a private note, or clears it (blank). */
	@Transactional
	void note(long accountId, long postingId, String note) {
		posting(postingId);
		String text = (note == null) ? "" : note.strip();
		if (text.isEmpty()) {
			clear(accountId, postingId, "note");
			return;
		}
		if (!insert(accountId, postingId, "note", text)) {
			this.jdbc.update("UPDATE seeker_job SET note = ?, updated_at = ? WHERE account_id = ? AND posting_id = ?",
					text, now(), accountId, postingId);
		}
	}

	/** Everything kept, as the data download lists it. */
	List<Map<String, Object>> held(long accountId) {
		return this.jdbc.queryForList("""
				SELECT posting_id, saved_at, applied_on, hidden_at, note, closing_mailed_on, updated_at
				FROM seeker_job WHERE account_id = ? ORDER BY posting_id""", accountId);
	}

	/** Today in the site's zone. */
	LocalDate today() {
		return LocalDate.now(this.clock.withZone(UkTime.ZONE));
	}

	private List<Entry> entries(long accountId, boolean hidden) {
		List<Row> rows = this.jdbc.query("""
				SELECT posting_id, saved_at, applied_on, hidden_at, note FROM seeker_job
				WHERE account_id = ? AND (hidden_at IS NOT NULL) = ?""", SeekerJobs::row, accountId, hidden);
		Map<Long, Tracked> postings = this.postings.of(rows.stream().map(Row::postingId).toList());
		return rows.stream()
			.filter((row) -> postings.containsKey(row.postingId()))
			.map((row) -> new Entry(postings.get(row.postingId()), row.savedAt(), row.appliedOn(), row.hiddenAt(),
					row.note()))
			.toList();
	}

	private List<Row> rows(long accountId, long postingId) {
		return this.jdbc.query("""
				SELECT posting_id, saved_at, applied_on, hidden_at, note FROM seeker_job
				WHERE account_id = ? AND posting_id = ?""", SeekerJobs::row, accountId, postingId);
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		Timestamp saved = rs.getTimestamp("saved_at");
		Timestamp hidden = rs.getTimestamp("hidden_at");
		return new Row(rs.getLong("posting_id"), (saved != null) ? saved.toInstant() : null,
				rs.getObject("applied_on", LocalDate.class), (hidden != null) ? hidden.toInstant() : null,
				rs.getString("note"));
	}

	/**
	 * A new row with one thing set.
	 * @return false when the seeker already keeps the posting
	 */
	private boolean insert(long accountId, long postingId, String column, Object value) {
		String sql = switch (column) {
			case "saved_at" ->
				"INSERT INTO seeker_job (account_id, posting_id, saved_at, updated_at) VALUES (?, ?, ?, ?)";
			case "hidden_at" ->
				"INSERT INTO seeker_job (account_id, posting_id, hidden_at, updated_at) VALUES (?, ?, ?, ?)";
			case "applied_on" ->
				"INSERT INTO seeker_job (account_id, posting_id, applied_on, updated_at) VALUES (?, ?, ?, ?)";
			case "note" -> "INSERT INTO seeker_job (account_id, posting_id, note, updated_at) VALUES (?, ?, ?, ?)";
			default -> throw new IllegalArgumentException(column);
		};
		if (rows(accountId, postingId).isEmpty() && this.jdbc
			.queryForObject("SELECT count(*) FROM seeker_job WHERE account_id = ?", Long.class, accountId) >= MOST) {
			throw new ConflictException(
					"You keep " + MOST + " jobs already. Remove some you no longer need, then try again.");
		}
		return this.jdbc.update(sql + " ON CONFLICT (account_id, posting_id) DO NOTHING", accountId, postingId, value,
				now()) > 0;
	}

	/** Clears one thing; a row left with nothing in it goes. */
	private void clear(long accountId, long postingId, String column) {
		// The row, held: two changes at once must not meet half-way (the row's checks).
		this.jdbc.queryForList("SELECT 1 FROM seeker_job WHERE account_id = ? AND posting_id = ? FOR UPDATE", accountId,
				postingId);
		String others = switch (column) {
			case "saved_at" -> "applied_on IS NULL AND hidden_at IS NULL AND note IS NULL";
			case "hidden_at" -> "saved_at IS NULL AND applied_on IS NULL AND note IS NULL";
			case "applied_on" -> "saved_at IS NULL AND hidden_at IS NULL AND note IS NULL";
			case "note" -> "saved_at IS NULL AND applied_on IS NULL AND hidden_at IS NULL";
			default -> throw new IllegalArgumentException(column);
		};
		this.jdbc.update("DELETE FROM seeker_job WHERE account_id = ? AND posting_id = ? AND " + others, accountId,
				postingId);
		String set = switch (column) {
			case "saved_at" -> "saved_at = NULL";
			case "hidden_at" -> "hidden_at = NULL";
			case "applied_on" -> "applied_on = NULL";
			default -> "note = NULL";
		};
		this.jdbc.update("UPDATE seeker_job SET " + set + ", updated_at = ? WHERE account_id = ? AND posting_id = ?",
				now(), accountId, postingId);
	}

	/** A posting seekers may read, else a 404. */
	Tracked posting(long postingId) {
		Tracked posting = this.postings.of(List.of(postingId)).get(postingId);
		if (posting == null) {
			throw NotFoundException.of("job", String.valueOf(postingId));
		}
		return posting;
	}

	private Timestamp now() {
		return Timestamp.from(this.clock.instant());
	}

}
