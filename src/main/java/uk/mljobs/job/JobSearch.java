package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.job.SearchResults.Suggestion;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;

/**
 * Searches live postings. Everything it needs is on the posting row (V12), so each query
 * is one scan of a partial index. Work is bounded whatever the board's size: relevance
 * ranks only the newest {@link #RANK_CANDIDATES} matches, counts stop at
 * {@link #COUNT_CAP}, and facets are counted over at most {@link #FACET_SCAN} rows.
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

	private final Postings postings;

	private final PostingService pages;

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	private final Clock clock;

	JobSearch(NamedParameterJdbcTemplate jdbc, Postings postings, PostingService pages, Market market,
			CompanyDirectory companies, RoleGuides guides, Clock clock) {
		this.jdbc = jdbc;
		this.postings = postings;
		this.pages = pages;
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.clock = clock;
	}

	/** Reads a search from query parameters; unknown values are 400s. */
	public SearchCriteria criteria(Map<String, String> parameters) {
		List<RoleView> roles = this.market.roles();
		List<LevelView> levels = this.market.allLevels();
		List<RegionView> regions = this.market.regions();
		List<TownView> towns = this.market.towns().stream().filter((town) -> !town.abroad()).toList();
		List<CompanyView> companies = this.companies.companies(null, null);
		return SearchCriteria.parse(parameters, new SearchCriteria.Lookups() {

			@Override
			public Long role(String slug) {
				return find(roles, RoleView::slug, slug, RoleView::id);
			}

			@Override
			public List<Long> levels(String slug) {
				return levels.stream().filter((l) -> l.slug().equals(slug)).map(LevelView::id).toList();
			}

			@Override
			public Long region(String slug) {
				return find(regions, RegionView::slug, slug, RegionView::id);
			}

			@Override
			public Long town(String slug) {
				return find(towns, TownView::slug, slug, TownView::id);
			}

			@Override
			public Long company(String slug) {
				return find(companies, CompanyView::slug, slug, CompanyView::id);
			}

			@Override
			public List<String> names(String parameter) {
				return switch (parameter) {
					case "role" -> roles.stream().map(RoleView::slug).toList();
					case "level" -> levels.stream().map(LevelView::slug).distinct().toList();
					case "region" -> regions.stream().map(RegionView::slug).toList();
					case "town" -> towns.stream().map(TownView::slug).toList();
					case "company" -> companies.stream().map(CompanyView::slug).toList();
					default -> List.of();
				};
			}

		});
	}

	/** Now, as page links carry it in {@code asOf}. */
	public long asOfNow() {
		return this.clock.instant().toEpochMilli();
	}

	public SearchResults search(SearchCriteria criteria) {
		return search(criteria, PAGE_SIZE);
	}

	/** A page of {@code size} results (the API lets clients choose up to 100). */
	public SearchResults search(SearchCriteria criteria, int size) {
		Where where = where(criteria, null);
		Counted counted = facets(criteria);
		// The shared facet scan already counted the matches (up to the cap); count only
		// if
		// every facet was filtered and none scanned the full search.
		long total = (counted.matches() != null) ? counted.matches() : count(where);
		List<Long> ids = ids(criteria, where, size);
		Map<Long, PostingSummary> byId = this.pages.summariesOf(this.postings.findAllById(ids))
			.stream()
			.collect(Collectors.toMap(PostingSummary::id, Function.identity()));
		List<PostingSummary> items = ids.stream().map(byId::get).filter(Objects::nonNull).toList();
		List<Suggestion> suggestions = (total == 0) ? suggestions(criteria) : List.of();
		return new SearchResults(criteria, items, Math.min(total, COUNT_CAP), total > COUNT_CAP, criteria.page(), size,
				counted.facets(), suggestions);
	}

	/** Newest live postings of a company or a role, for their pages. */
	public List<PostingSummary> newest(Long companyId, Long roleId, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", today()).addValue("limit", limit);
		StringBuilder sql = new StringBuilder(
				"SELECT id FROM posting WHERE status = 'PUBLISHED' AND closes_on >= :today");
		if (companyId != null) {
			sql.append(" AND company_id = :company");
			params.addValue("company", companyId);
		}
		if (roleId != null) {
			sql.append(" AND role_id = :role");
			params.addValue("role", roleId);
		}
		sql.append(" ORDER BY published_at DESC, id DESC LIMIT :limit");
		List<Long> ids = this.jdbc.queryForList(sql.toString(), params, Long.class);
		Map<Long, PostingSummary> byId = this.pages.summariesOf(this.postings.findAllById(ids))
			.stream()
			.collect(Collectors.toMap(PostingSummary::id, Function.identity()));
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
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
		add(sql, params, without, "postedWithin",
				(c.postedWithin() != null)
						? Timestamp.from(this.clock.instant().minus(Duration.ofDays(c.postedWithin()))) : null,
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

	private long count(Where where) {
		return this.jdbc.queryForObject("SELECT count(*) FROM (SELECT 1 FROM posting p WHERE " + where.sql() + " LIMIT "
				+ (COUNT_CAP + 1) + ") capped", where.params(), Long.class);
	}

	private List<Long> ids(SearchCriteria c, Where where, int size) {
		MapSqlParameterSource params = where.params().addValue("limit", size).addValue("offset", (c.page() - 1) * size);
		String sql = switch (c.order()) {
			// Rank the newest matches only, so a common word costs the same at any board
			// size.
			case RELEVANCE -> "SELECT id FROM (SELECT p.id, p.published_at, p.search_vector FROM posting p WHERE "
					+ where.sql() + " ORDER BY p.published_at DESC, p.id DESC LIMIT " + RANK_CANDIDATES
					+ ") candidate ORDER BY ts_rank_cd(search_vector, websearch_to_tsquery('english', :q)) DESC, "
					+ "published_at DESC, id DESC LIMIT :limit OFFSET :offset";
			case NEWEST -> "SELECT p.id FROM posting p WHERE " + where.sql()
					+ " ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
			case PAY -> "SELECT p.id FROM posting p WHERE " + where.sql()
					+ " ORDER BY CASE p.pay_unit WHEN 'DAY' THEN p.pay_max_gbp * " + WORKING_DAYS
					+ " ELSE p.pay_max_gbp END DESC, p.id DESC LIMIT :limit OFFSET :offset";
		};
		return this.jdbc.queryForList(sql, params, Long.class);
	}

	// ---- facets ---------------------------------------------------------------------

	/** Facets, and the number of matches the shared scan saw (null if there was none). */
	private record Counted(List<Facet> facets, Long matches) {
	}

	private Counted facets(SearchCriteria c) {
		Map<Long, String> roleNames = this.market.roles()
			.stream()
			.collect(Collectors.toMap(RoleView::id, RoleView::title));
		Map<Long, RoleView> rolesById = this.market.roles()
			.stream()
			.collect(Collectors.toMap(RoleView::id, Function.identity()));
		Map<Long, RegionView> regions = this.market.regions()
			.stream()
			.collect(Collectors.toMap(RegionView::id, Function.identity()));
		Map<Long, TownView> towns = this.market.towns()
			.stream()
			.collect(Collectors.toMap(TownView::id, Function.identity()));
		Map<Long, CompanyView> companies = this.companies.companies(null, null)
			.stream()
			.collect(Collectors.toMap(CompanyView::id, Function.identity()));
		Map<Long, LevelView> levels = this.market.allLevels()
			.stream()
			.collect(Collectors.toMap(LevelView::id, Function.identity()));
		List<FacetSpec> specs = new ArrayList<>();
		specs.add(new FacetSpec("role", "Role", "p.role_id", (v) -> rolesById.get(Long.valueOf(v)).slug(),
				(v) -> roleNames.get(Long.valueOf(v))));
		// Level slugs are shared across roles ("senior"), and so is the filter: count by
		// slug.
		Map<String, String> levelTitles = new LinkedHashMap<>();
		levels.values()
			.stream()
			.filter((level) -> c.roleId() == null || level.roleId() == c.roleId())
			.forEach((level) -> levelTitles.putIfAbsent(level.slug(),
					(c.roleId() != null) ? level.title() : LEVEL_NAMES.getOrDefault(level.slug(), level.slug())));
		specs.add(new FacetSpec("level", "Level", "(SELECT l.slug FROM level l WHERE l.id = p.level_id)",
				Function.identity(), (v) -> levelTitles.getOrDefault(v, v)));
		specs.add(new FacetSpec("region", "Region", "p.region_id", (v) -> regions.get(Long.valueOf(v)).slug(),
				(v) -> regions.get(Long.valueOf(v)).name()));
		specs.add(new FacetSpec("town", "Town", "p.town_id", (v) -> towns.get(Long.valueOf(v)).slug(),
				(v) -> towns.get(Long.valueOf(v)).name()));
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
		specs.add(new FacetSpec("company", "Company", "p.company_id", (v) -> companies.get(Long.valueOf(v)).slug(),
				(v) -> companies.get(Long.valueOf(v)).name()));
		Map<String, String> toolNames = this.guides.catalogue()
			.stream()
			.collect(Collectors.toMap(ToolView::slug, ToolView::name));
		specs.add(new FacetSpec("skill", "Skill or tool", "unnest(p.skills)", Function.identity(),
				(v) -> toolNames.getOrDefault(v, v)));
		specs.add(new FacetSpec("agency", "Posted by", "p.agency", (v) -> "true".equals(v) ? "yes" : "no",
				(v) -> "true".equals(v) ? "Agency" : "Employer"));
		// Dimensions the search does not filter on share one scan; each filtered one
		// needs
		// its own, without its filter.
		long[] matches = { -1 };
		Map<String, Facet> shared = sharedFacets(c,
				specs.stream().filter((spec) -> !c.isFiltered(spec.name())).toList(), matches);
		List<Facet> facets = new ArrayList<>();
		for (FacetSpec spec : specs) {
			facets.add(c.isFiltered(spec.name()) ? facet(c, spec) : shared.get(spec.name()));
		}
		facets.add(postedWithin(c));
		return new Counted(facets.stream().filter((facet) -> !facet.values().isEmpty()).toList(),
				(matches[0] >= 0) ? matches[0] : null);
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
		this.jdbc.query(sql, where.params(), (rs) -> {
			scanned[0] = rs.getLong("scanned");
			values.add(value(c, spec, rs.getString("v"), rs.getLong("n")));
		});
		return new Facet(spec.name(), spec.label(), values, scanned[0] > FACET_SCAN);
	}

	/** Counts every unfiltered dimension over one scan of the search's first matches. */
	private Map<String, Facet> sharedFacets(SearchCriteria c, List<FacetSpec> specs, long[] matches) {
		Map<String, Facet> facets = new LinkedHashMap<>();
		if (specs.isEmpty()) {
			return facets;
		}
		Where where = where(c, null);
		StringBuilder sql = new StringBuilder("WITH s AS (SELECT " + FACET_COLUMNS + " FROM posting p WHERE "
				+ where.sql() + " LIMIT " + (FACET_SCAN + 1) + "), counted AS (");
		for (int i = 0; i < specs.size(); i++) {
			if (i > 0) {
				sql.append(" UNION ALL ");
			}
			sql.append("SELECT ")
				.append(i)
				.append(" AS d, v::text AS v, count(*) AS n FROM (SELECT ")
				.append(specs.get(i).column())
				.append(" AS v FROM s p) x")
				.append(i)
				.append(" WHERE v IS NOT NULL GROUP BY v");
		}
		// A row with d = -1 carries the scan's size even when no dimension has a value.
		sql.append(" UNION ALL SELECT -1, NULL, 0) SELECT d, v, n, (SELECT count(*) FROM s) AS scanned FROM counted "
				+ "ORDER BY d, n DESC, v");
		Map<Integer, List<FacetValue>> values = new LinkedHashMap<>();
		long[] scanned = { 0 };
		this.jdbc.query(sql.toString(), where.params(), (rs) -> {
			int d = rs.getInt("d");
			scanned[0] = rs.getLong("scanned");
			if (d < 0) {
				return;
			}
			List<FacetValue> list = values.computeIfAbsent(d, (k) -> new ArrayList<>());
			if (list.size() < 25) {
				list.add(value(c, specs.get(d), rs.getString("v"), rs.getLong("n")));
			}
		});
		matches[0] = scanned[0];
		for (int i = 0; i < specs.size(); i++) {
			FacetSpec spec = specs.get(i);
			facets.put(spec.name(),
					new Facet(spec.name(), spec.label(), values.getOrDefault(i, List.of()), scanned[0] > FACET_SCAN));
		}
		return facets;
	}

	private static FacetValue value(SearchCriteria c, FacetSpec spec, String value, long count) {
		String slug = spec.slug().apply(value);
		return new FacetValue(slug, spec.title().apply(value), count, slug.equals(c.parameters().get(spec.name())));
	}

	private Facet postedWithin(SearchCriteria c) {
		Where where = where(c, "postedWithin");
		MapSqlParameterSource params = where.params();
		StringBuilder counts = new StringBuilder();
		int[] windows = { 1, 3, 7, 30 };
		for (int days : windows) {
			params.addValue("since" + days, Timestamp.from(this.clock.instant().minus(Duration.ofDays(days))));
			counts.append("count(*) FILTER (WHERE published_at >= :since")
				.append(days)
				.append(") AS d")
				.append(days)
				.append(", ");
		}
		String sql = "WITH s AS (SELECT " + FACET_COLUMNS + " FROM posting p WHERE " + where.sql() + " LIMIT "
				+ (FACET_SCAN + 1) + ") SELECT " + counts + "count(*) AS scanned FROM s";
		List<FacetValue> values = new ArrayList<>();
		boolean[] capped = { false };
		this.jdbc.query(sql, params, (rs) -> {
			capped[0] = rs.getLong("scanned") > FACET_SCAN;
			for (int days : windows) {
				long n = rs.getLong("d" + days);
				if (n > 0) {
					values.add(new FacetValue(String.valueOf(days),
							(days == 1) ? "Last 24 hours" : "Last " + days + " days", n,
							String.valueOf(days).equals(c.parameters().get("postedWithin"))));
				}
			}
		});
		return new Facet("postedWithin", "Posted", values, capped[0]);
	}

	private List<Suggestion> suggestions(SearchCriteria c) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (String name : c.parameters().keySet()) {
			if (c.isFiltered(name)) {
				long n = count(where(c, name));
				if (n > 0) {
					suggestions
						.add(new Suggestion(name, c.parameters().get(name), Math.min(n, COUNT_CAP), n > COUNT_CAP));
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
		return LocalDate.now(this.clock.withZone(LONDON));
	}

	private static <T> Long find(List<T> items, Function<T, String> slug, String value, Function<T, Long> id) {
		return items.stream().filter((item) -> slug.apply(item).equals(value)).map(id).findFirst().orElse(null);
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
