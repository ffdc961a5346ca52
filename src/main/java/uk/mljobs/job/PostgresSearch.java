package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.job.FacetSpecs.FacetSpec;
import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.job.SearchResults.Suggestion;

/**
 * Job search in SQL: everything it needs is on the posting row (V12), so each query is
 * one scan of a partial index. Work is bounded whatever the board's size: relevance ranks
 * only the newest {@link JobSearch#RANK_CANDIDATES} matches, counts stop at
 * {@link JobSearch#COUNT_CAP}, and facets are counted over at most
 * {@link JobSearch#FACET_SCAN} rows.
 */
@Component
class PostgresSearch {

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

	private final NamedParameterJdbcTemplate jdbc;

	private final PostingRows rows;

	private final FacetCache facetCache;

	private final Clock clock;

	PostgresSearch(NamedParameterJdbcTemplate jdbc, PostingRows rows, FacetCache facetCache, Clock clock) {
		this.jdbc = jdbc;
		this.rows = rows;
		this.facetCache = facetCache;
		this.clock = clock;
	}

	/**
	 * Every facet, and the matches: the unfiltered dimensions share one scan, and each
	 * filtered one is counted without its own filter, so needs a scan of its own.
	 */
	FacetCache.Counted count(SearchCriteria criteria, Vocabulary words) {
		List<FacetSpec> specs = FacetSpecs.specs(criteria, words);
		Scan scan = scan(criteria, specs.stream().filter((spec) -> !criteria.isFiltered(spec.name())).toList());
		List<Facet> facets = specs.stream()
			.map((spec) -> criteria.isFiltered(spec.name()) ? facet(criteria, spec) : scan.facets().get(spec.name()))
			.filter((facet) -> !facet.values().isEmpty())
			.toList();
		return new FacetCache.Counted(facets, scan.matches(), scan.estimate());
	}

	/**
	 * Live postings matching the search that were published in {@code [from, until)},
	 * newest first, at most {@code limit}.
	 */
	List<PostingSummary> window(SearchCriteria criteria, Instant from, Instant until, int limit, Vocabulary words) {
		Where where = where(criteria, null);
		MapSqlParameterSource params = where.params()
			.addValue("from", Timestamp.from(from))
			.addValue("until", Timestamp.from(until))
			.addValue("limit", limit);
		return this.rows.summaries("SELECT " + PostingRows.SUMMARY_COLUMNS + " FROM posting p WHERE " + where.sql()
				+ " AND p.published_at >= :from AND p.published_at < :until"
				+ " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit", params, words, today());
	}

	/** The WHERE clause for a search, leaving out one parameter's filter if named. */
	private Where where(SearchCriteria c, String without) {
		StringBuilder sql = new StringBuilder("p.status = 'PUBLISHED' AND p.closes_on >= :today");
		MapSqlParameterSource params = new MapSqlParameterSource("today", today());
		if (c.hasQuery()) {
			sql.append(" AND p.search_vector @@ websearch_to_tsquery('english', :q)");
			params.addValue("q", c.q());
		}
		add(sql, params, without, "role", c.roleId(), "p.role_id = :role");
		add(sql, params, without, "level", c.levelIds(), "p.level_id IN (:level)");
		add(sql, params, without, "region", c.regionId(), "p.region_id = :region");
		add(sql, params, without, "town", c.townId(), "p.town_id = :town");
		add(sql, params, without, "workMode", (c.workMode() != null) ? c.workMode().name() : null,
				"p.work_mode = :workMode");
		add(sql, params, without, "type", (c.type() != null) ? c.type().name() : null, "p.employment_type = :type");
		if (c.minPay() != null && !"minPay".equals(without)) {
			sql.append(" AND p.pay_unit = :payUnit AND p.pay_max_gbp >= :minPay");
			params.addValue("payUnit", (c.minPay() <= 5_000) ? "DAY" : "YEAR").addValue("minPay", c.minPay());
		}
		add(sql, params, without, "ir35", (c.ir35() != null) ? c.ir35().name() : null, "p.ir35 = :ir35");
		add(sql, params, without, "clearance", (c.clearance() != null) ? c.clearance().name() : null,
				"p.clearance = :clearance");
		add(sql, params, without, "visa", c.visa(), "p.visa_sponsorship = :visa");
		add(sql, params, without, "postedWithin", (c.postedWithin() != null) ? since(c.postedWithin()) : null,
				"p.published_at >= :postedWithin");
		add(sql, params, without, "company", c.companyId(), "p.company_id = :company");
		add(sql, params, without, "skill", c.skill(), "p.skills @> ARRAY[CAST(:skill AS text)]");
		add(sql, params, without, "agency", c.agency(), "p.agency = :agency");
		add(sql, params, without, "asOf", (c.asOf() != null) ? Timestamp.from(Instant.ofEpochMilli(c.asOf())) : null,
				"p.published_at <= :asOf");
		return new Where(sql.toString(), params);
	}

	private static void add(StringBuilder sql, MapSqlParameterSource params, String without, String name, Object value,
			String condition) {
		if (value != null && !name.equals(without)) {
			sql.append(" AND ").append(condition);
			params.addValue(name, value);
		}
	}

	private Timestamp since(int days) {
		return Timestamp.from(this.clock.instant().minus(Duration.ofDays(days)));
	}

	private long count(Where where) {
		return this.jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM posting p WHERE " + where.sql() + " LIMIT "
				+ (COUNT_CAP + 1) + ") capped", where.params(), Long.class);
	}

	/**
	 * A page of results.
	 * @param few whether the facet scan saw every match: then relevance ranks them all
	 * straight from the text index, instead of walking postings newest first to collect
	 * candidates, a walk that crossed the whole board for a rare phrase
	 */
	List<PostingSummary> page(SearchCriteria c, int size, boolean few, Vocabulary words, Map<String, String> key) {
		Where where = where(c, null);
		MapSqlParameterSource params = where.params().addValue("limit", size).addValue("offset", (c.page() - 1) * size);
		// ts_rank weighs title over skills over company over description; ts_rank_cd
		// (cover density) cost five times as much for no better order here. With many
		// matches, rank only the newest, so a common word costs the same at any board
		// size.
		String rank = "ts_rank(p.search_vector, websearch_to_tsquery('english', :q))";
		if (c.order() == SearchCriteria.Sort.RELEVANCE && !few) {
			return ranked(c, where, size, words, key, rank);
		}
		String columns = "SELECT " + PostingRows.SUMMARY_COLUMNS + " FROM posting p WHERE ";
		String sql = switch (c.order()) {
			case RELEVANCE -> columns + where.sql() + " ORDER BY " + rank
					+ " DESC, p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
			case NEWEST ->
				columns + where.sql() + " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
			case PAY -> columns + where.sql() + " ORDER BY " + PAY_ORDER + " LIMIT :limit OFFSET :offset";
		};
		return this.rows.summaries(sql, params, words, today());
	}

	/**
	 * A page of a relevance search with many matches: its newest
	 * {@value #RANK_CANDIDATES} matches ranked once and kept with the facet counts (the
	 * same key, lifetime and generations), so every page of the search, and every
	 * visitor, reads the same order; the page's rows are read fresh, and one that closed
	 * since drops out.
	 */
	private List<PostingSummary> ranked(SearchCriteria c, Where where, int size, Vocabulary words,
			Map<String, String> key, String rank) {
		List<Long> order = this.facetCache.ranking(key,
				() -> this.jdbc.queryForList(
						"SELECT p.id FROM (SELECT p.id, " + "p.published_at, " + rank + " AS rank FROM posting p WHERE "
								+ where.sql() + " ORDER BY p.published_at DESC, p.id DESC LIMIT " + RANK_CANDIDATES
								+ ") p ORDER BY p.rank DESC, p.published_at DESC, p.id DESC",
						where.params(), Long.class));
		int from = (c.page() - 1) * size;
		if (from >= order.size()) {
			return List.of();
		}
		return this.rows.live(order.subList(from, Math.min(order.size(), from + size)), words, today());
	}

	/** A scan's parameters, with the posted-within windows' start times. */
	private MapSqlParameterSource withWindows(Where where) {
		MapSqlParameterSource params = where.params();
		for (int days : FacetSpecs.WINDOWS) {
			params.addValue("since" + days, since(days));
		}
		return params;
	}

	/**
	 * Counts one filtered dimension's values over the first {@link JobSearch#FACET_SCAN}
	 * matches of the search without its own filter; if there were more, the counts are
	 * estimates.
	 */
	private Facet facet(SearchCriteria c, FacetSpec spec) {
		Where where = where(c, spec.name());
		String sql = "WITH s AS (SELECT " + FACET_COLUMNS + " FROM posting p WHERE " + where.sql() + " LIMIT "
				+ (FACET_SCAN + 1) + ") SELECT v::text AS v, count(*) AS n, (SELECT count(*) FROM s) AS scanned "
				+ "FROM (SELECT " + spec.column()
				+ " AS v FROM s p) x WHERE v IS NOT NULL GROUP BY v ORDER BY n DESC, v LIMIT 25";
		List<FacetValue> values = new ArrayList<>();
		long[] scanned = { 0 };
		this.jdbc.query(sql, withWindows(where), (rs) -> {
			scanned[0] = rs.getLong("scanned");
			values.add(FacetSpecs.value(c, spec, rs.getString("v"), rs.getLong("n")));
		});
		boolean capped = scanned[0] > FACET_SCAN;
		List<FacetValue> counted = capped ? scaled(values, estimate(where), scanned[0]) : values;
		return new Facet(spec.name(), spec.label(), FacetSpecs.inOrder(spec, counted), capped);
	}

	/**
	 * What the shared facet scan yields.
	 *
	 * @param matches how many rows the scan saw: the match count, up to the cap plus one
	 */
	private record Scan(Map<String, Facet> facets, long matches, long estimate) {
	}

	/**
	 * PostgreSQL's estimate of the rows a WHERE clause matches (from the planner's
	 * statistics, without running it), never below what the scan has already seen.
	 */
	private long estimate(Where where) {
		String plan = this.jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT 1 FROM posting p WHERE " + where.sql(),
				withWindows(where), String.class);
		Matcher rows = PLAN_ROWS.matcher(plan);
		long estimate = rows.find() ? Long.parseLong(rows.group(1)) : 0;
		return Math.max(FACET_SCAN + 1, estimate);
	}

	/**
	 * Counts from a capped scan, scaled to the estimate of all the matches: each value's
	 * share of the scanned rows times the estimate, never below what was seen.
	 */
	private static List<FacetValue> scaled(List<FacetValue> values, long estimate, long scanned) {
		return values.stream()
			.map((value) -> new FacetValue(value.value(), value.label(),
					Math.max(value.count(),
							SearchResults.rounded(Math.round((double) value.count() * estimate / scanned))),
					value.selected()))
			.toList();
	}

	/**
	 * Counts every unfiltered dimension, and the matches, over one scan of at most
	 * {@link JobSearch#FACET_SCAN} + 1 matching rows. The scan takes rows in whatever
	 * order is cheapest (reading them newest first cost up to four times as much when a
	 * filter has no index of its own), so capped counts describe a sample of the matches.
	 */
	private Scan scan(SearchCriteria c, List<FacetSpec> specs) {
		Where where = where(c, null);
		StringBuilder sql = new StringBuilder("WITH s AS (SELECT " + FACET_COLUMNS + " FROM posting p WHERE "
				+ where.sql() + " LIMIT " + (FACET_SCAN + 1) + "), counted AS (");
		for (int i = 0; i < specs.size(); i++) {
			sql.append("SELECT ")
				.append(i)
				.append(" AS d, v::text AS v, count(*) AS n FROM (SELECT ")
				.append(specs.get(i).column())
				.append(" AS v FROM s p) x")
				.append(i)
				.append(" WHERE v IS NOT NULL GROUP BY v UNION ALL ");
		}
		// The row with d = -1 carries the scan's size even when no dimension has a value.
		sql.append("SELECT -1, NULL, 0) SELECT d, v, n, (SELECT count(*) FROM s) AS scanned FROM counted "
				+ "ORDER BY d, n DESC, v");
		Map<Integer, List<FacetValue>> values = new LinkedHashMap<>();
		long[] scanned = { 0 };
		this.jdbc.query(sql.toString(), withWindows(where), (rs) -> {
			int d = rs.getInt("d");
			scanned[0] = rs.getLong("scanned");
			if (d >= 0) {
				List<FacetValue> list = values.computeIfAbsent(d, (k) -> new ArrayList<>());
				if (list.size() < 25) {
					list.add(FacetSpecs.value(c, specs.get(d), rs.getString("v"), rs.getLong("n")));
				}
			}
		});
		boolean capped = scanned[0] > FACET_SCAN;
		long estimate = capped ? estimate(where) : scanned[0];
		Map<String, Facet> facets = new LinkedHashMap<>();
		for (int i = 0; i < specs.size(); i++) {
			FacetSpec spec = specs.get(i);
			List<FacetValue> counted = values.getOrDefault(i, List.of());
			facets.put(spec.name(), new Facet(spec.name(), spec.label(),
					FacetSpecs.inOrder(spec, capped ? scaled(counted, estimate, scanned[0]) : counted), capped));
		}
		return new Scan(facets, scanned[0], estimate);
	}

	/** With no results: the filters, or the words, whose removal would find some. */
	List<Suggestion> suggestions(SearchCriteria c, Vocabulary words) {
		Map<String, FacetSpec> specs = new LinkedHashMap<>();
		FacetSpecs.specs(c, words).forEach((spec) -> specs.put(spec.name(), spec));
		List<Suggestion> suggestions = new ArrayList<>();
		for (String name : c.parameters().keySet()) {
			if (c.isFiltered(name) && !"asOf".equals(name)) {
				long n = count(where(c, name));
				if (n > 0) {
					suggestions.add(new Suggestion(name, FacetSpecs.filterLabel(c, name, specs.get(name)),
							Math.min(n, COUNT_CAP), n > COUNT_CAP));
				}
			}
		}
		if (c.hasQuery()) {
			SearchCriteria noWords = new SearchCriteria(null, c.roleId(), c.levelIds(), c.regionId(), c.townId(),
					c.workMode(), c.type(), c.minPay(), c.ir35(), c.clearance(), c.visa(), c.postedWithin(),
					c.companyId(), c.skill(), c.agency(), c.sort(), 1, c.asOf(), c.without("q"));
			long n = count(where(noWords, null));
			if (n > 0) {
				suggestions.add(new Suggestion("q", c.q(), Math.min(n, COUNT_CAP), n > COUNT_CAP));
			}
		}
		suggestions.sort(Comparator.comparingLong(Suggestion::count).reversed());
		return suggestions.stream().limit(3).toList();
	}

	private LocalDate today() {
		return JobSearch.today(this.clock);
	}

	/**
	 * A WHERE clause and its parameters; each use gets its own copy of the parameters.
	 */
	private record Where(String sql, MapSqlParameterSource params) {

		@Override
		public MapSqlParameterSource params() {
			return new MapSqlParameterSource(new LinkedHashMap<>(this.params.getValues()));
		}

	}

}
