package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.job.PostingContent.PayUnit;
import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.job.SearchResults.Suggestion;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;

/**
 * Searches live postings. Everything it needs is on the posting row (V12), so each query
 * is one scan of a partial index. Work is bounded whatever the board's size: relevance
 * ranks only the newest {@link #RANK_CANDIDATES} matches, counts stop at
 * {@link #COUNT_CAP}, and facets are counted over at most {@link #FACET_SCAN} rows and
 * reused for a short while ({@link FacetCache}); the page of results is always read
 * fresh. Reference data comes from a {@link Vocabulary}, not the database. Each search is
 * timed into the {@code mljobs.search} histogram, tagged by the channel that asked.
 */
@Service
@Transactional(readOnly = true)
public class JobSearch {

	public static final int PAGE_SIZE = 20;

	static final int RANK_CANDIDATES = 1000;

	static final int COUNT_CAP = 1000;

	static final int FACET_SCAN = 1000;

	/** Day rates are compared with salaries over a year of 220 working days. */
	static final int WORKING_DAYS = 220;

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** How a level reads when the search spans roles. */
	private static final Map<String, String> LEVEL_NAMES = Map.of("junior", "Junior", "mid", "Mid-level", "senior",
			"Senior", "principal", "Principal / Staff", "head", "Head of");

	private final NamedParameterJdbcTemplate jdbc;

	private final Vocabularies vocabularies;

	private final FacetCache facetCache;

	private final Clock clock;

	private final Map<Channel, Timer> timers = new EnumMap<>(Channel.class);

	JobSearch(NamedParameterJdbcTemplate jdbc, Vocabularies vocabularies, FacetCache facetCache, Clock clock,
			MeterRegistry meters) {
		this.jdbc = jdbc;
		this.vocabularies = vocabularies;
		this.facetCache = facetCache;
		this.clock = clock;
		for (Channel channel : Channel.values()) {
			this.timers.put(channel,
					Timer.builder("mljobs.search")
						.description("Job searches, from criteria to a page of results with its facets")
						.tag("channel", channel.name().toLowerCase(Locale.ROOT))
						.publishPercentileHistogram()
						.register(meters));
		}
	}

	/** Reads a search from query parameters; unknown values are 400s. */
	public SearchCriteria criteria(Map<String, String> parameters) {
		Vocabulary words = this.vocabularies.current();
		return SearchCriteria.parse(parameters, new SearchCriteria.Lookups() {

			@Override
			public Long role(String slug) {
				RoleView role = words.rolesBySlug().get(slug);
				return (role != null) ? role.id() : null;
			}

			@Override
			public List<Long> levels(String slug) {
				return words.levelIds(slug);
			}

			@Override
			public Long region(String slug) {
				RegionView region = words.regionsBySlug().get(slug);
				return (region != null) ? region.id() : null;
			}

			@Override
			public Long town(String slug) {
				TownView town = words.ukTownsBySlug().get(slug);
				return (town != null) ? town.id() : null;
			}

			@Override
			public Long company(String slug) {
				return words.companiesBySlug().get(slug);
			}

			@Override
			public List<String> names(String parameter) {
				return words.slugs(parameter);
			}

		});
	}

	/** Now, as page links carry it in {@code asOf}. */
	public long asOfNow() {
		return this.clock.instant().toEpochMilli();
	}

	public SearchResults search(SearchCriteria criteria, Channel channel) {
		return search(criteria, PAGE_SIZE, channel);
	}

	/** A page of {@code size} results (the API lets clients choose up to 100). */
	public SearchResults search(SearchCriteria criteria, int size, Channel channel) {
		return this.timers.get(channel).record(() -> find(criteria, size));
	}

	private SearchResults find(SearchCriteria criteria, int size) {
		Vocabulary words = this.vocabularies.current();
		// Facets depend on the filters, the words and the day, not on the page or order.
		Map<String, String> facetKey = new LinkedHashMap<>(criteria.parameters());
		facetKey.remove("page");
		facetKey.remove("sort");
		facetKey.put("today", today().toString());
		FacetCache.Counted counted = this.facetCache.get(facetKey, () -> count(criteria, words));
		List<PostingSummary> items = page(criteria, where(criteria, null), size, counted.matches() <= FACET_SCAN, words,
				facetKey);
		List<Suggestion> suggestions = (counted.matches() == 0) ? suggestions(criteria) : List.of();
		return new SearchResults(criteria, items, Math.min(counted.matches(), COUNT_CAP), counted.matches() > COUNT_CAP,
				counted.estimate(), criteria.page(), size, counted.facets(), suggestions);
	}

	/**
	 * Every facet, and the matches: the unfiltered dimensions share one scan, and each
	 * filtered one is counted without its own filter, so needs a scan of its own.
	 */
	private FacetCache.Counted count(SearchCriteria criteria, Vocabulary words) {
		List<FacetSpec> specs = specs(criteria, words);
		Scan scan = scan(criteria, specs.stream().filter((spec) -> !criteria.isFiltered(spec.name())).toList());
		List<Facet> facets = specs.stream()
			.map((spec) -> criteria.isFiltered(spec.name()) ? facet(criteria, spec) : scan.facets().get(spec.name()))
			.filter((facet) -> !facet.values().isEmpty())
			.toList();
		return new FacetCache.Counted(facets, scan.matches(), scan.estimate());
	}

	/**
	 * Live postings matching the search that were published in {@code [from, until)},
	 * newest first, at most {@code limit}: what an alert digest lists. No facets, no
	 * ranking; the window keeps it to the published-at index's few newest rows.
	 */
	public List<PostingSummary> publishedBetween(SearchCriteria criteria, Instant from, Instant until, int limit) {
		return this.timers.get(Channel.ALERT).record(() -> window(criteria, from, until, limit));
	}

	private List<PostingSummary> window(SearchCriteria criteria, Instant from, Instant until, int limit) {
		Where where = where(criteria, null);
		MapSqlParameterSource params = where.params()
			.addValue("from", Timestamp.from(from))
			.addValue("until", Timestamp.from(until))
			.addValue("limit", limit);
		return summaries("SELECT " + SUMMARY_COLUMNS + " FROM posting p WHERE " + where.sql()
				+ " AND p.published_at >= :from AND p.published_at < :until"
				+ " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit", params, this.vocabularies.current());
	}

	/** Newest live postings of a company or a role, for their pages. */
	public List<PostingSummary> newest(Long companyId, Long roleId, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", today()).addValue("limit", limit);
		StringBuilder sql = new StringBuilder(
				"SELECT " + SUMMARY_COLUMNS + " FROM posting p WHERE p.status = 'PUBLISHED' AND p.closes_on >= :today");
		if (companyId != null) {
			sql.append(" AND p.company_id = :company");
			params.addValue("company", companyId);
		}
		if (roleId != null) {
			sql.append(" AND p.role_id = :role");
			params.addValue("role", roleId);
		}
		sql.append(" ORDER BY p.published_at DESC, p.id DESC LIMIT :limit");
		return summaries(sql.toString(), params, this.vocabularies.current());
	}

	/** How many postings are live: for the sitemap's paging. */
	public long liveCount() {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM posting p WHERE p.status = 'PUBLISHED' AND p.closes_on >= :today",
				new MapSqlParameterSource("today", today()), Long.class);
	}

	/**
	 * One page of the live postings in the order they were made, for a sitemap file: a
	 * posting keeps its page while it is live, so crawlers see stable files.
	 * @param page from 1
	 */
	public List<PostingSummary> livePage(int page, int size) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", today()).addValue("limit", size)
			.addValue("offset", (long) (page - 1) * size);
		return summaries(
				"SELECT " + SUMMARY_COLUMNS + " FROM posting p WHERE p.status = 'PUBLISHED' "
						+ "AND p.closes_on >= :today ORDER BY p.id LIMIT :limit OFFSET :offset",
				params, this.vocabularies.current());
	}

	// ---- the query ------------------------------------------------------------------

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
	 * Pay order: day rates over a working year, so contracts and salaries interleave. The
	 * same expression is indexed (V13), so "highest paid" reads the index in order.
	 */
	private static final String PAY_ORDER = "(CASE p.pay_unit WHEN 'DAY' THEN p.pay_max_gbp * " + WORKING_DAYS
			+ " ELSE p.pay_max_gbp END) DESC, p.id DESC";

	/** What a result line shows, read straight from the row. */
	private static final String SUMMARY_COLUMNS = "p.id, p.title, p.company_id, p.town_id, p.region_id, p.work_mode, "
			+ "p.employment_type, p.pay_unit, p.pay_min_gbp, p.pay_max_gbp, p.closes_on, p.views, p.sample, "
			+ "p.submitted_at, p.published_at";

	/**
	 * A page of results.
	 * @param few whether the facet scan saw every match: then relevance ranks them all
	 * straight from the text index, instead of walking postings newest first to collect
	 * candidates, a walk that crossed the whole board for a rare phrase
	 */
	private List<PostingSummary> page(SearchCriteria c, Where where, int size, boolean few, Vocabulary words,
			Map<String, String> key) {
		MapSqlParameterSource params = where.params().addValue("limit", size).addValue("offset", (c.page() - 1) * size);
		// ts_rank weighs title over skills over company over description; ts_rank_cd
		// (cover density) cost five times as much for no better order here. With many
		// matches, rank only the newest, so a common word costs the same at any board
		// size.
		String rank = "ts_rank(p.search_vector, websearch_to_tsquery('english', :q))";
		if (c.order() == SearchCriteria.Sort.RELEVANCE && !few) {
			return ranked(c, where, size, words, key, rank);
		}
		String sql = switch (c.order()) {
			case RELEVANCE -> "SELECT " + SUMMARY_COLUMNS + " FROM posting p WHERE " + where.sql() + " ORDER BY " + rank
					+ " DESC, p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
			case NEWEST -> "SELECT " + SUMMARY_COLUMNS + " FROM posting p WHERE " + where.sql()
					+ " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
			case PAY -> "SELECT " + SUMMARY_COLUMNS + " FROM posting p WHERE " + where.sql() + " ORDER BY " + PAY_ORDER
					+ " LIMIT :limit OFFSET :offset";
		};
		return summaries(sql, params, words);
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
		List<Long> ids = order.subList(from, Math.min(order.size(), from + size));
		Map<Long, Integer> place = new java.util.HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			place.put(ids.get(i), i);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("today", today()).addValue("ids", ids);
		return summaries(
				"SELECT " + SUMMARY_COLUMNS
						+ " FROM posting p WHERE p.id IN (:ids) AND p.status = 'PUBLISHED' AND p.closes_on >= :today",
				params, words)
			.stream()
			.sorted(java.util.Comparator.comparing((PostingSummary item) -> place.get(item.id())))
			.toList();
	}

	private List<PostingSummary> summaries(String sql, MapSqlParameterSource params, Vocabulary words) {
		LocalDate today = today();
		return this.jdbc.query(sql, params, (rs, n) -> {
			long id = rs.getLong("id");
			String title = rs.getString("title");
			LocalDate closesOn = rs.getObject("closes_on", LocalDate.class);
			Timestamp submitted = rs.getTimestamp("submitted_at");
			return new PostingSummary(id, title, PostingService.path(id, title),
					words.companyNames().getOrDefault(rs.getLong("company_id"), "Unlisted company"),
					words.towns().get(rs.getLong("town_id")).name(),
					words.regions().get(rs.getLong("region_id")).name(), WorkMode.valueOf(rs.getString("work_mode")),
					EmploymentType.valueOf(rs.getString("employment_type")),
					PostingService.pay(PayUnit.valueOf(rs.getString("pay_unit")), rs.getInt("pay_min_gbp"),
							rs.getInt("pay_max_gbp")),
					PostingStatus.PUBLISHED, null, closesOn, Math.max(0, ChronoUnit.DAYS.between(today, closesOn)),
					rs.getLong("views"), rs.getBoolean("sample"), (submitted != null) ? submitted.toInstant() : null,
					rs.getTimestamp("published_at").toInstant());
		});
	}

	// ---- facets ---------------------------------------------------------------------

	/** The windows of the "posted within" filter, in days. */
	private static final int[] WINDOWS = { 1, 3, 7, 30 };

	private List<FacetSpec> specs(SearchCriteria c, Vocabulary words) {
		List<FacetSpec> specs = new ArrayList<>();
		specs.add(new FacetSpec("role", "Role", "p.role_id", (v) -> words.roles().get(Long.valueOf(v)).slug(),
				(v) -> words.roles().get(Long.valueOf(v)).title()));
		// Level slugs are shared across roles ("senior"), and so is the filter: count by
		// slug.
		Map<String, String> levelTitles = new LinkedHashMap<>();
		Map<Long, String> levelSlugs = new LinkedHashMap<>();
		words.levels().values().forEach((level) -> {
			levelSlugs.put(level.id(), level.slug());
			if (c.roleId() == null || level.roleId() == c.roleId()) {
				levelTitles.putIfAbsent(level.slug(),
						(c.roleId() != null) ? level.title() : LEVEL_NAMES.getOrDefault(level.slug(), level.slug()));
			}
		});
		specs.add(new FacetSpec("level", "Level", "p.level_id", (v) -> levelSlugs.get(Long.valueOf(v)),
				(v) -> levelTitles.getOrDefault(levelSlugs.get(Long.valueOf(v)), levelSlugs.get(Long.valueOf(v)))));
		specs.add(new FacetSpec("region", "Region", "p.region_id", (v) -> words.regions().get(Long.valueOf(v)).slug(),
				(v) -> words.regions().get(Long.valueOf(v)).name()));
		specs.add(new FacetSpec("town", "Town", "p.town_id", (v) -> words.towns().get(Long.valueOf(v)).slug(),
				(v) -> words.towns().get(Long.valueOf(v)).name()));
		specs.add(new FacetSpec("workMode", "Work mode", "p.work_mode", (v) -> WorkMode.valueOf(v).slug(),
				(v) -> WorkMode.valueOf(v).label()));
		specs.add(new FacetSpec("type", "Employment type", "p.employment_type", (v) -> EmploymentType.valueOf(v).slug(),
				(v) -> EmploymentType.valueOf(v).label()));
		specs.add(
				new FacetSpec("ir35", "IR35", "p.ir35", (v) -> Ir35.valueOf(v).slug(), (v) -> Ir35.valueOf(v).label()));
		specs.add(new FacetSpec("clearance", "Security clearance", "p.clearance", (v) -> Clearance.valueOf(v).slug(),
				(v) -> Clearance.valueOf(v).label()));
		specs
			.add(new FacetSpec("visa", "Visa sponsorship", "p.visa_sponsorship", (v) -> "true".equals(v) ? "yes" : "no",
					(v) -> "true".equals(v) ? "Sponsorship available" : "No sponsorship"));
		specs.add(new FacetSpec("postedWithin", "Posted", postedWithinColumn(), Function.identity(),
				(v) -> "1".equals(v) ? "Last 24 hours" : "Last " + v + " days"));
		specs.add(new FacetSpec("company", "Company", "p.company_id", (v) -> words.companySlugs().get(Long.valueOf(v)),
				(v) -> words.companyNames().get(Long.valueOf(v))));
		specs.add(new FacetSpec("skill", "Skill or tool", "unnest(p.skills)", Function.identity(),
				(v) -> words.toolNames().getOrDefault(v, v)));
		specs.add(new FacetSpec("agency", "Posted by", "p.agency", (v) -> "true".equals(v) ? "yes" : "no",
				(v) -> "true".equals(v) ? "Agency" : "Employer"));
		return specs;
	}

	/**
	 * Every window a row falls in: a posting from yesterday counts for 3, 7 and 30 days.
	 */
	private static String postedWithinColumn() {
		StringBuilder column = new StringBuilder("unnest(ARRAY[");
		for (int i = 0; i < WINDOWS.length; i++) {
			column.append((i > 0) ? ", " : "")
				.append("CASE WHEN p.published_at >= :since")
				.append(WINDOWS[i])
				.append(" THEN ")
				.append(WINDOWS[i])
				.append(" END");
		}
		return column.append("])").toString();
	}

	/**
	 * The columns facets count, fetched for at most {@link #FACET_SCAN} matching rows.
	 */
	private static final String FACET_COLUMNS = "p.role_id, p.level_id, p.region_id, p.town_id, p.work_mode, "
			+ "p.employment_type, p.ir35, p.clearance, p.visa_sponsorship, p.company_id, p.skills, p.agency, "
			+ "p.published_at";

	/**
	 * One facet: its parameter, heading, SQL expression over the row, and how values
	 * read.
	 */
	private record FacetSpec(String name, String label, String column, Function<String, String> slug,
			Function<String, String> title) {
	}

	/** A scan's parameters, with the posted-within windows' start times. */
	private MapSqlParameterSource withWindows(Where where) {
		MapSqlParameterSource params = where.params();
		for (int days : WINDOWS) {
			params.addValue("since" + days, since(days));
		}
		return params;
	}

	/**
	 * Counts one filtered dimension's values over the first {@link #FACET_SCAN} matches
	 * of the search without its own filter; if there were more, the counts are lower
	 * bounds.
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
			values.add(value(c, spec, rs.getString("v"), rs.getLong("n")));
		});
		boolean capped = scanned[0] > FACET_SCAN;
		List<FacetValue> counted = capped ? scaled(values, estimate(where), scanned[0]) : values;
		return new Facet(spec.name(), spec.label(), inOrder(spec, counted), capped);
	}

	/**
	 * What the shared facet scan yields.
	 *
	 * @param matches how many rows the scan saw: the match count, up to the cap plus one
	 */
	private record Scan(Map<String, Facet> facets, long matches, long estimate) {
	}

	/**
	 * The planner's row estimate in {@code EXPLAIN (FORMAT JSON)}: the first is the
	 * top's.
	 */
	private static final java.util.regex.Pattern PLAN_ROWS = java.util.regex.Pattern
		.compile("\"Plan Rows\":\\s*(\\d+)");

	/**
	 * PostgreSQL's estimate of the rows a WHERE clause matches (from the planner's
	 * statistics, without running it), never below what the scan has already seen.
	 */
	private long estimate(Where where) {
		String plan = this.jdbc.queryForObject("EXPLAIN (FORMAT JSON) SELECT 1 FROM posting p WHERE " + where.sql(),
				withWindows(where), String.class);
		java.util.regex.Matcher rows = PLAN_ROWS.matcher(plan);
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
	 * {@link #FACET_SCAN} + 1 matching rows. The scan takes rows in whatever order is
	 * cheapest (reading them newest first cost up to four times as much when a filter has
	 * no index of its own), so capped counts describe a sample of the matches.
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
					list.add(value(c, specs.get(d), rs.getString("v"), rs.getLong("n")));
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
					inOrder(spec, capped ? scaled(counted, estimate, scanned[0]) : counted), capped));
		}
		return new Scan(facets, scanned[0], estimate);
	}

	/**
	 * Most common first, except the posting-age windows, which read shortest first.
	 * Levels are counted by id and merged by slug here, since roles share level slugs.
	 */
	private static List<FacetValue> inOrder(FacetSpec spec, List<FacetValue> values) {
		if ("postedWithin".equals(spec.name())) {
			return values.stream().sorted(Comparator.comparingInt((value) -> Integer.parseInt(value.value()))).toList();
		}
		Map<String, FacetValue> bySlug = new LinkedHashMap<>();
		values.forEach((value) -> bySlug.merge(value.value(), value,
				(a, b) -> new FacetValue(a.value(), a.label(), a.count() + b.count(), a.selected())));
		if (bySlug.size() == values.size()) {
			return values;
		}
		return bySlug.values().stream().sorted(Comparator.comparingLong(FacetValue::count).reversed()).toList();
	}

	private static FacetValue value(SearchCriteria c, FacetSpec spec, String value, long count) {
		String slug = spec.slug().apply(value);
		return new FacetValue(slug, spec.title().apply(value), count, slug.equals(c.parameters().get(spec.name())));
	}

	private List<Suggestion> suggestions(SearchCriteria c) {
		Vocabulary words = this.vocabularies.current();
		Map<String, FacetSpec> specs = new LinkedHashMap<>();
		specs(c, words).forEach((spec) -> specs.put(spec.name(), spec));
		List<Suggestion> suggestions = new ArrayList<>();
		for (String name : c.parameters().keySet()) {
			if (c.isFiltered(name) && !"asOf".equals(name)) {
				long n = count(where(c, name));
				if (n > 0) {
					suggestions.add(new Suggestion(name, filterLabel(c, name, specs.get(name)), Math.min(n, COUNT_CAP),
							n > COUNT_CAP));
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

	/** A filter as a seeker reads it: "Work mode: Remote", "Minimum pay: £90,000". */
	private static String filterLabel(SearchCriteria c, String name, FacetSpec spec) {
		if ("minPay".equals(name)) {
			return "Minimum pay: £" + String.format(Locale.UK, "%,d", c.minPay())
					+ ((c.minPay() <= 5_000) ? " a day" : " a year");
		}
		Object value = switch (name) {
			case "role" -> c.roleId();
			case "level" -> c.levelIds().get(0);
			case "region" -> c.regionId();
			case "town" -> c.townId();
			case "workMode" -> c.workMode().name();
			case "type" -> c.type().name();
			case "ir35" -> c.ir35().name();
			case "clearance" -> c.clearance().name();
			case "visa" -> c.visa();
			case "postedWithin" -> c.postedWithin();
			case "company" -> c.companyId();
			case "skill" -> c.skill();
			case "agency" -> c.agency();
			default -> null;
		};
		if (spec == null || value == null) {
			return c.parameters().get(name);
		}
		String title = spec.title().apply(String.valueOf(value));
		return spec.label() + ": " + ((title != null) ? title : c.parameters().get(name));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(LONDON));
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

	/**
	 * Who asked for a search: the HTML page, the JSON API, the Atom feed, or job alerts
	 * (naming a new alert's search, and each digest's window).
	 */
	public enum Channel {

		HTML, JSON, FEED, ALERT

	}

}
