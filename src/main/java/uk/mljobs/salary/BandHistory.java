package uk.mljobs.salary;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.salary.BandChange.Action;
import uk.mljobs.shared.Gbp;

/**
 * The audit history of salary bands (V14): written in the transaction that changes a
 * band, so a change and its record commit or fail together.
 */
@Component
class BandHistory {

	private static final Map<String, String> LABELS = Map.of("min", "Minimum", "max", "Maximum", "openEnded",
			"Open-ended top", "source", "Source", "asOfYear", "Year");

	private static final String SELECT = """
			SELECT c.id, c.band_id, c.action, c.reason, c.changed_by_name, c.changed_at, b.level_id, b.region_id
			FROM salary_band_change c
			JOIN salary_band b ON b.id = c.band_id
			""";

	private final JdbcTemplate jdbc;

	private final Market market;

	BandHistory(JdbcTemplate jdbc, Market market) {
		this.jdbc = jdbc;
		this.market = market;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void record(long bandId, Action action, String reason, long adminId, String adminName, Instant at,
			Map<String, String[]> fields) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			var statement = connection.prepareStatement(
					"INSERT INTO salary_band_change (band_id, action, reason, changed_by, changed_by_name, changed_at) "
							+ "VALUES (?, ?, ?, ?, ?, ?)",
					new String[] { "id" });
			statement.setLong(1, bandId);
			statement.setString(2, action.name());
			statement.setString(3, reason);
			statement.setLong(4, adminId);
			statement.setString(5, adminName);
			statement.setTimestamp(6, Timestamp.from(at));
			return statement;
		}, key);
		long changeId = key.getKey().longValue();
		fields.forEach((field, values) -> this.jdbc.update(
				"INSERT INTO salary_band_change_field (change_id, field, before_value, after_value) VALUES (?, ?, ?, ?)",
				changeId, field, values[0], values[1]));
	}

	/** A band's history, newest first. */
	List<BandChange> of(long bandId) {
		return read(SELECT + " WHERE c.band_id = ? ORDER BY c.changed_at DESC, c.id DESC", bandId);
	}

	/** Changes to every band, newest first. */
	List<BandChange> recent(int limit, int offset) {
		return read(SELECT + " ORDER BY c.changed_at DESC, c.id DESC LIMIT ? OFFSET ?", limit, offset);
	}

	long count() {
		return this.jdbc.queryForObject("SELECT count(*) FROM salary_band_change", Long.class);
	}

	private List<BandChange> read(String sql, Object... args) {
		// Levels and regions are the market's: named here from its views.
		Map<Long, String> levels = this.market.allLevels()
			.stream()
			.collect(Collectors.toMap(LevelView::id, LevelView::title));
		Map<Long, String> regions = this.market.regions()
			.stream()
			.collect(Collectors.toMap(RegionView::id, RegionView::name));
		List<BandChange> changes = this.jdbc.query(sql,
				(rs, n) -> new BandChange(rs.getLong("id"), rs.getLong("band_id"),
						levels.get(rs.getLong("level_id")) + ", " + regions.get(rs.getLong("region_id")),
						Action.valueOf(rs.getString("action")), rs.getString("reason"), rs.getString("changed_by_name"),
						rs.getTimestamp("changed_at").toInstant().truncatedTo(ChronoUnit.SECONDS), List.of()),
				args);
		if (changes.isEmpty()) {
			return changes;
		}
		Map<Long, List<BandChange.Field>> fields = new LinkedHashMap<>();
		this.jdbc.query("SELECT change_id, field, before_value, after_value FROM salary_band_change_field "
				+ "WHERE change_id = ANY (?) ORDER BY array_position(ARRAY['min', 'max', 'openEnded', 'source', "
				+ "'asOfYear']::varchar[], field)", (rs) -> {
					String field = rs.getString("field");
					fields.computeIfAbsent(rs.getLong("change_id"), (k) -> new ArrayList<>())
						.add(new BandChange.Field(field, LABELS.get(field), shown(field, rs.getString("before_value")),
								shown(field, rs.getString("after_value"))));
				}, (Object) changes.stream().map(BandChange::id).toArray(Long[]::new));
		return changes.stream()
			.map((change) -> new BandChange(change.id(), change.bandId(), change.band(), change.action(),
					change.reason(), change.by(), change.at(), fields.getOrDefault(change.id(), List.of())))
			.toList();
	}

	/** A recorded value as a reader wants it: pounds with commas, yes or no. */
	private static String shown(String field, String value) {
		if (value == null) {
			return null;
		}
		return switch (field) {
			case "min", "max" -> Gbp.format(Long.parseLong(value));
			case "openEnded" -> Boolean.parseBoolean(value) ? "Yes" : "No";
			default -> value;
		};
	}

}
