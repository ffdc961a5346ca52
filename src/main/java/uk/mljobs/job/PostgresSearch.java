package uk.mljobs.job;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.job.PostgresQueries.Where;
import uk.mljobs.search.Dimension;
import uk.mljobs.search.Engines;
import uk.mljobs.search.SearchEngine;
import uk.mljobs.search.SearchHits;
import uk.mljobs.search.SearchHits.FacetCounts;
import uk.mljobs.search.SearchQuery;

/**
 * Job search in SQL, the engine that needs no index of its own: everything it reads is on
 * the posting row (V12), so each query is one scan of a partial index. Work is bounded
 * whatever the board's size: relevance ranks only the newest
 * {@link JobSearch#RANK_CANDIDATES} matches, counts stop at {@link JobSearch#COUNT_CAP},
 * and facets are counted over at most {@link JobSearch#FACET_SCAN} rows, reused for a
 * short while ({@link FacetCache}).
 */
@Component
@Transactional(readOnly = true)
class PostgresSearch implements SearchEngine {

	private static final int RANK_CANDIDATES = JobSearch.RANK_CANDIDATES;

	private static final int COUNT_CAP = JobSearch.COUNT_CAP;

	private static final int FACET_SCAN = JobSearch.FACET_SCAN;

	/**
	 * Pay order: day rates over a working year, so contracts and salaries interleave. The
	 * same expression is indexed (V13), so "highest paid" reads the index in order.
	 */
	private static final String PAY_ORDER = "(CASE p.pay_unit WHEN 'DAY' THEN p.pay_max_gbp * " + JobSearch.WORKING_DAYS
			+ " ELSE p.pay_max_gbp END) DESC, p.id DESC";

	/**
	 * The columns facets count, fetched for at most {@link JobSearch#FACET_SCAN} matching
	 * rows.
	 */
	private static final String FACET_COLUMNS = "p.role_id, p.level_id, p.region_id, p.town_id, p.work_mode, "
			+ "p.employment_type, p.ir35, p.clearance, p.visa_sponsorship, p.company_id, p.skills, p.agency, "
			+ "p.published_at";

	/**
	 * The planner's row estimate in {@code EXPLAIN (FORMAT JSON)}: the first is the
	 * top's.
	 */
	private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*(\\d+)");

	/** ts_rank weighs title over skills over company over description. */
	private static final String RANK = "ts_rank(p.search_vector, websearch_to_tsquery('english', :q))";

	private final NamedParameterJdbcTemplate jdbc;

	private final FacetCache facetCache;

	PostgresSearch(NamedParameterJdbcTemplate jdbc, FacetCache facetCache) {
		this.jdbc = jdbc;
		this.facetCache = facetCache;
	}

	@Override
	public String name() {
		return Engines.POSTGRES;
	}

	@Override
	public boolean ready() {
		return true;
	}

	@Override
	public SearchHits search(SearchQuery query) {
		if (query.size() == 0 && !query.facets()) {
			long n = count(PostgresQueries.where(query));
			return new SearchHits(List.of(), n, n <= COUNT_CAP, n, Map.of(), null);
		}
		FacetCache.Counted counted = this.facetCache.get(query, () -> count(query));
		List<Long> ids = (query.size() > 0) ? page(query, counted.matches() <= FACET_SCAN) : List.of();
		return new SearchHits(ids, counted.matches(), counted.matches() <= COUNT_CAP, counted.estimate(),
				counted.facets(), null);
	}

	/**
	 * Every facet, and the matches: the unfiltered dimensions share one scan, and each
	 * filtered one is counted without its own filter, so needs a scan of its own.
	 */
	private FacetCache.Counted count(SearchQuery query) {
		List<Dimension> unfiltered = new ArrayList<>();
		if (query.facets()) {
			for (Dimension dimension : Dimension.values()) {
				if (!query.filters().containsKey(dimension)) {
					unfiltered.add(dimension);
				}
			}
		}
		Scan scan = scan(query, unfiltered);
		Map<Dimension, FacetCounts> facets = new EnumMap<>(Dimension.class);
		if (query.facets()) {
			for (Dimension dimension : Dimension.values()) {
				facets.put(dimension, query.filters().containsKey(dimension) ? facet(query, dimension)
						: scan.facets().get(dimension));
			}
		}
		return new FacetCache.Counted(facets, scan.matches(), scan.estimate());
	}

	private long count(Where where) {
		return this.jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM posting p WHERE " + where.sql() + " LIMIT "
				+ (COUNT_CAP + 1) + ") capped", where.params(), Long.class);
	}

	/**
	 * The ids of a page of results.
	 * @param few whether the facet scan saw every match: then relevance ranks them all
	 * straight from the text index, instead of walking postings newest first to collect
	 * candidates, a walk that crossed the whole board for a rare phrase
	 */
	private List<Long> page(SearchQuery q, boolean few) {
		Where where = PostgresQueries.where(q);
		// ts_rank_cd (cover density) cost five times as much as ts_rank for no better
		// order here. With many matches, rank only the newest, so a common word costs
		// the same at any board size.
		if (q.order() == SearchQuery.Order.RELEVANCE && !few) {
			return ranked(q, where);
		}
		MapSqlParameterSource params = where.params().addValue("limit", q.size()).addValue("offset", q.offset());
		String ids = "SELECT p.id FROM posting p WHERE ";
		String sql = switch (q.order()) {
			case RELEVANCE -> ids + where.sql() + " ORDER BY " + RANK
					+ " DESC, p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
			case NEWEST -> ids + where.sql() + " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
			case PAY -> ids + where.sql() + " ORDER BY " + PAY_ORDER + " LIMIT :limit OFFSET :offset";
			// Nearest town first (remote postings from further away last), newest first
			// within a town.
			case DISTANCE ->
				ids + where.sql() + " ORDER BY array_position(CAST(ARRAY[:nearest] AS bigint[]), p.town_id) "
						+ "NULLS LAST, p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
		};
		if (q.order() == SearchQuery.Order.DISTANCE) {
			params.addValue("nearest", nearest(q.near()));
		}
		return this.jdbc.queryForList(sql, params, Long.class);
	}

	/** The towns near, nearest first, as the distance order reads them. */
	private static List<Long> nearest(SearchQuery.Near near) {
		List<Long> towns = near.miles()
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
			.map((entry) -> Long.valueOf(entry.getKey()))
			.toList();
		return towns.isEmpty() ? List.of(-1L) : towns;
	}

	/**
	 * A page of a relevance search with many matches: its newest
	 * {@value #RANK_CANDIDATES} matches ranked once and kept with the facet counts (the
	 * same key, lifetime and generations), so every page of the search, and every
	 * visitor, reads the same order.
	 */
	private List<Long> ranked(SearchQuery q, Where where) {
		List<Long> order = this.facetCache.ranking(q,
				() -> this.jdbc.queryForList(
						"SELECT p.id FROM (SELECT p.id, p.published_at, " + RANK + " AS rank FROM posting p WHERE "
								+ where.sql() + " ORDER BY p.published_at DESC, p.id DESC LIMIT " + RANK_CANDIDATES
								+ ") p ORDER BY p.rank DESC, p.published_at DESC, p.id DESC",
						where.params(), Long.class));
		if (q.offset() >= order.size()) {
			return List.of();
		}
		return order.subList(q.offset(), Math.min(order.size(), q.offset() + q.size()));
	}

	/**
	 * Counts one filtered dimension's values over the first {@link JobSearch#FACET_SCAN}
	 * matches of the search without its own filter; if there were more, the counts are
	 * estimates.
	 */
	private FacetCounts facet(SearchQuery q, Dimension dimension) {
		Where where = PostgresQueries.where(q.without(dimension));
		String sql = "WITH s AS (SELECT " + FACET_COLUMNS + " FROM posting p WHERE " + where.sql() + " LIMIT "
				+ (FACET_SCAN + 1) + ") SELECT v::text AS v, count(*) AS n, (SELECT count(*) FROM s) AS scanned "
				+ "FROM (SELECT " + PostgresQueries.column(dimension)
				+ " AS v FROM s p) x WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT 25";
		Map<String, Long> values = new LinkedHashMap<>();
		long[] scanned = { 0 };
		this.jdbc.query(sql, PostgresQueries.withWindows(q, where), (rs) -> {
			scanned[0] = rs.getLong("scanned");
			values.put(rs.getString("v"), rs.getLong("n"));
		});
		boolean capped = scanned[0] > FACET_SCAN;
		return new FacetCounts(capped ? scaled(values, estimate(q, where), scanned[0]) : values, capped);
	}

	/**
	 * What the shared facet scan yields.
	 *
	 * @param matches how many rows the scan saw: the match count, up to the cap plus one
	 */
	private record Scan(Map<Dimension, FacetCounts> facets, long matches, long estimate) {
	}

	/**
	 * PostgreSQL's estimate of the rows a WHERE clause matches (from the planner's
	 * statistics, without running it), never below what the scan has already seen.
	 */
	private long estimate(SearchQuery q, Where where) {
		String plan = this.jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT 1 FROM posting p WHERE " + where.sql(),
				PostgresQueries.withWindows(q, where), String.class);
		Matcher rows = PLAN_ROWS.matcher(plan);
		long estimate = rows.find() ? Long.parseLong(rows.group(1)) : 0;
		return Math.max(FACET_SCAN + 1, estimate);
	}

	/**
	 * Counts from a capped scan, scaled to the estimate of all the matches: each value's
	 * share of the scanned rows times the estimate, never below what was seen.
	 */
	private static Map<String, Long> scaled(Map<String, Long> values, long estimate, long scanned) {
		Map<String, Long> scaled = new LinkedHashMap<>();
		values.forEach((value, count) -> scaled.put(value,
				Math.max(count, SearchHits.rounded(Math.round((double) count * estimate / scanned)))));
		return scaled;
	}

	/**
	 * Counts every unfiltered dimension, and the matches, over one scan of at most
	 * {@link JobSearch#FACET_SCAN} + 1 matching rows. The scan takes rows in whatever
	 * order is cheapest (reading them newest first cost up to four times as much when a
	 * filter has no index of its own), so capped counts describe a sample of the matches.
	 */
	private Scan scan(SearchQuery q, List<Dimension> dimensions) {
		Where where = PostgresQueries.where(q);
		StringBuilder sql = new StringBuilder("WITH s AS (SELECT " + FACET_COLUMNS + " FROM posting p WHERE "
				+ where.sql() + " LIMIT " + (FACET_SCAN + 1) + "), counted AS (");
		for (int i = 0; i < dimensions.size(); i++) {
			sql.append("SELECT ")
				.append(i)
				.append(" AS d, v::text AS v, count(*) AS n FROM (SELECT ")
				.append(PostgresQueries.column(dimensions.get(i)))
				.append(" AS v FROM s p) x")
				.append(i)
				.append(" WHERE v IS NOT NULL GROUP BY v UNION ALL ");
		}
		// The row with d = -1 carries the scan's size even when no dimension has a value.
		sql.append(
				"SELECT -1 AS d, NULL AS v, 0 AS n) SELECT d, v, n, (SELECT count(*) FROM s) AS scanned FROM counted "
						+ "ORDER BY d, n DESC, v");
		Map<Integer, Map<String, Long>> values = new LinkedHashMap<>();
		long[] scanned = { 0 };
		this.jdbc.query(sql.toString(), PostgresQueries.withWindows(q, where), (rs) -> {
			int d = rs.getInt("d");
			scanned[0] = rs.getLong("scanned");
			if (d >= 0) {
				Map<String, Long> counts = values.computeIfAbsent(d, (k) -> new LinkedHashMap<>());
				if (counts.size() < 25) {
					counts.put(rs.getString("v"), rs.getLong("n"));
				}
			}
		});
		boolean capped = scanned[0] > FACET_SCAN;
		long estimate = capped ? estimate(q, where) : scanned[0];
		Map<Dimension, FacetCounts> facets = new EnumMap<>(Dimension.class);
		for (int i = 0; i < dimensions.size(); i++) {
			Map<String, Long> counted = values.getOrDefault(i, Map.of());
			facets.put(dimensions.get(i),
					new FacetCounts(capped ? scaled(counted, estimate, scanned[0]) : counted, capped));
		}
		return new Scan(facets, scanned[0], estimate);
	}

}
