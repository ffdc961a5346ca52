package uk.mljobs.job;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import uk.mljobs.search.Dimension;
import uk.mljobs.search.SearchQuery;

/**
 * A {@link SearchQuery} as SQL over the posting table, for {@link PostgresSearch}: the
 * WHERE clause every match satisfies, and the columns facets count.
 */
final class PostgresQueries {

	private PostgresQueries() {
	}

	/** The WHERE clause for a search. */
	static Where where(SearchQuery q) {
		var sql = new StringBuilder("p.status = 'PUBLISHED' AND p.duplicate_of IS NULL AND p.closes_on >= :today");
		MapSqlParameterSource params = new MapSqlParameterSource("today", q.liveOn());
		if (q.hasWords()) {
			sql.append(" AND p.search_vector @@ websearch_to_tsquery('english', :q)");
			params.addValue("q", q.words().text());
		}
		q.filters().forEach((dimension, values) -> {
			String name = "f_" + dimension.name().toLowerCase(java.util.Locale.ROOT);
			sql.append(" AND ").append(condition(dimension, name));
			params.addValue(name, (dimension == Dimension.POSTED_WITHIN) ? since(q, values) : typed(dimension, values));
		});
		if (q.minPay() != null) {
			sql.append(" AND p.pay_unit = :payUnit AND p.pay_max_gbp >= :minPay");
			params.addValue("payUnit", q.minPay().daily() ? "DAY" : "YEAR").addValue("minPay", q.minPay().pounds());
		}
		if (q.near() != null) {
			List<Long> towns = q.near().miles().keySet().stream().map(Long::valueOf).toList();
			sql.append(" AND (").append(towns.isEmpty() ? "false" : "p.town_id IN (:nearTowns)");
			sql.append(q.near().includeRemote() ? " OR p.work_mode = 'REMOTE')" : ")");
			params.addValue("nearTowns", towns.isEmpty() ? List.of(-1L) : towns);
		}
		if (q.asOf() != null) {
			sql.append(" AND p.published_at <= :asOf");
			params.addValue("asOf", Timestamp.from(q.asOf()));
		}
		if (q.publishedFrom() != null) {
			sql.append(" AND p.published_at >= :from AND p.published_at < :until");
			params.addValue("from", Timestamp.from(q.publishedFrom()))
				.addValue("until", Timestamp.from(q.publishedUntil()));
		}
		if (q.excludes()) {
			// At most SearchQuery.MAX_EXCLUDED ids, checked against each candidate row
			// (PostgreSQL 15 and later look a long NOT IN list up in a hash).
			sql.append(" AND p.id NOT IN (:excluded)");
			params.addValue("excluded", List.copyOf(q.excluded()));
		}
		return new Where(sql.toString(), params);
	}

	private static String condition(Dimension dimension, String name) {
		return switch (dimension) {
			case SKILL -> "p.skills && CAST(ARRAY[:" + name + "] AS text[])";
			case POSTED_WITHIN -> "p.published_at >= :" + name;
			default -> column(dimension) + " IN (:" + name + ")";
		};
	}

	/** The column a dimension reads, as facets count it. */
	static String column(Dimension dimension) {
		return switch (dimension) {
			case ROLE -> "p.role_id";
			case LEVEL -> "p.level_id";
			case REGION -> "p.region_id";
			case TOWN -> "p.town_id";
			case WORK_MODE -> "p.work_mode";
			case TYPE -> "p.employment_type";
			case IR35 -> "p.ir35";
			case CLEARANCE -> "p.clearance";
			case VISA -> "p.visa_sponsorship";
			case COMPANY -> "p.company_id";
			case SKILL -> "unnest(p.skills)";
			case AGENCY -> "p.agency";
			case POSTED_WITHIN -> postedWithinColumn();
		};
	}

	/**
	 * Every window a row falls in: a posting from yesterday counts for 3, 7 and 30 days.
	 */
	private static String postedWithinColumn() {
		StringBuilder column = new StringBuilder("unnest(ARRAY[");
		for (int i = 0; i < Dimension.WINDOWS.length; i++) {
			column.append((i > 0) ? ", " : "")
				.append("CASE WHEN p.published_at >= :since")
				.append(Dimension.WINDOWS[i])
				.append(" THEN ")
				.append(Dimension.WINDOWS[i])
				.append(" END");
		}
		return column.append("])").toString();
	}

	private static List<?> typed(Dimension dimension, Set<String> values) {
		return switch (dimension) {
			case ROLE, LEVEL, REGION, TOWN, COMPANY -> values.stream().map(Long::valueOf).toList();
			case VISA, AGENCY -> values.stream().map(Boolean::valueOf).toList();
			default -> List.copyOf(values);
		};
	}

	/** The widest window asked for: a posting in any of them is in that one. */
	private static Timestamp since(SearchQuery q, Set<String> days) {
		return Timestamp.from(q.since(days.stream().mapToInt(Integer::parseInt).max().orElseThrow()));
	}

	/** A scan's parameters, with the posted-within windows' start times. */
	static MapSqlParameterSource withWindows(SearchQuery q, Where where) {
		MapSqlParameterSource params = where.params();
		for (int days : Dimension.WINDOWS) {
			params.addValue("since" + days, Timestamp.from(q.since(days)));
		}
		return params;
	}

	/**
	 * A WHERE clause and its parameters; each use gets its own copy of the parameters.
	 */
	record Where(String sql, MapSqlParameterSource params) {

		@Override
		public MapSqlParameterSource params() {
			return new MapSqlParameterSource(new LinkedHashMap<>(this.params.getValues()));
		}

	}

}
