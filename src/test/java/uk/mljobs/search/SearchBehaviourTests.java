package uk.mljobs.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.mljobs.search.SearchHits.FacetCounts;
import uk.mljobs.search.SearchQuery.Order;
import uk.mljobs.search.SearchQuery.PayFloor;
import uk.mljobs.support.EmbeddedOpenSearch;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One behaviour, every engine: the same postings on a database of their own, the same
 * searches asked of Lucene, PostgreSQL and OpenSearch, the same answers expected of each.
 * Postings are written with SQL, as the database's triggers note them for the indexes.
 */
@SpringBootTest(properties = "mljobs.search.opensearch.enabled=true")
@Import(SearchBehaviourTests.Database.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBehaviourTests {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	@Autowired
	private Engines engines;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<String, Long> ids = new LinkedHashMap<>();

	private Instant now;

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		registry.add("mljobs.search.opensearch.url", EmbeddedOpenSearch::url);
		registry.add("mljobs.search.opensearch.index", () -> "mljobs-behaviour-" + System.nanoTime());
	}

	static Stream<String> engines() {
		return SearchEngineNames.available().stream();
	}

	@BeforeAll
	void postings() {
		assertThat(this.indexing.awaitReady(Duration.ofSeconds(60))).isTrue();
		assertThat(awaitReady(this.engines.named(OpenSearchEngine.NAME))).as("OpenSearch ready").isTrue();
		this.now = Instant.now();
		posting("deploy", "Senior MLOps Engineer, deployment platform", "mlops-engineer", "senior", "london", "HYBRID",
				"PERMANENT_FULL_TIME", 110_000, 140_000, null, "NONE", false, "monzo", 1,
				"We are deploying models with Kubernetes and a feature store.", "kubernetes", "feature-store");
		posting("remote", "MLOps Engineer", "mlops-engineer", "mid", "london", "REMOTE", "PERMANENT_FULL_TIME", 70_000,
				90_000, null, "NONE", true, "monzo", 2,
				"Remote role building pipelines in Airflow; no store of features.", "airflow");
		posting("contract", "Contract ML Engineer", "machine-learning-engineer", "senior", "manchester", "ON_SITE",
				"CONTRACT", 600, 800, "OUTSIDE", "SC", false, "arm", 3,
				"Contract for an LLM evaluation harness with Python and PyTorch.", "pytorch", "python");
		posting("junior", "Junior MLOps Engineer", "mlops-engineer", "junior", "cambridge", "HYBRID",
				"PERMANENT_FULL_TIME", 45_000, 55_000, null, "NONE", false, "arm", 4,
				"Learn Kubernetes and MLflow from a supportive team.", "ray", "mlflow");
		posting("old", "Principal ML Engineer", "machine-learning-engineer", "principal", "london", "REMOTE",
				"PERMANENT_FULL_TIME", 150_000, 180_000, null, "DV", true, "deliveroo", 20,
				"Lead the ranking and recommendations platform; PyTorch at scale.", "pytorch");
		posting("inside", "ML Engineer, inside IR35", "machine-learning-engineer", "mid", "cambridge", "HYBRID",
				"CONTRACT", 500, 550, "INSIDE", "NONE", false, "deliveroo", 5,
				"Forecasting models for a retailer, training pipelines in Spark.", "spark");
		awaitCurrent();
	}

	private static boolean awaitReady(SearchEngine engine) {
		return Eventually.within(engine::ready, Duration.ofSeconds(60));
	}

	/** Every engine with an index has every change committed so far. */
	private void awaitCurrent() {
		for (String name : SearchEngineNames.available()) {
			this.engines.named(name).awaitCurrent(Duration.ofSeconds(5));
		}
	}

	@ParameterizedTest
	@MethodSource("engines")
	void stemsWordsAsEnglish(String engine) {
		assertThat(titles(engine, words("deploy"))).containsExactly("Senior MLOps Engineer, deployment platform");
		assertThat(titles(engine, words("features")))
			.containsExactlyInAnyOrder("Senior MLOps Engineer, deployment platform", "MLOps Engineer");
	}

	@ParameterizedTest
	@MethodSource("engines")
	void matchesPhrasesExcludesWordsAndTakesAlternatives(String engine) {
		assertThat(titles(engine, words("\"feature store\"")))
			.containsExactly("Senior MLOps Engineer, deployment platform");
		assertThat(titles(engine, words("pytorch -contract"))).containsExactly("Principal ML Engineer");
		assertThat(titles(engine, words("mlflow or spark"))).containsExactlyInAnyOrder("Junior MLOps Engineer",
				"ML Engineer, inside IR35");
		assertThat(titles(engine, words("kubernetes team or ranking")))
			.containsExactlyInAnyOrder("Junior MLOps Engineer", "Principal ML Engineer");
		assertThat(titles(engine, words("the"))).as("stop words alone match nothing").isEmpty();
	}

	@ParameterizedTest
	@MethodSource("engines")
	void eachFilterNarrowsTheResults(String engine) {
		assertThat(filtered(engine, Dimension.ROLE, "machine-learning-engineer")).containsExactlyInAnyOrder("contract",
				"old", "inside");
		assertThat(filtered(engine, Dimension.LEVEL, "junior")).containsExactly("junior");
		assertThat(filtered(engine, Dimension.REGION, "rest-of-uk")).containsExactlyInAnyOrder("contract", "junior",
				"inside");
		assertThat(filtered(engine, Dimension.TOWN, "cambridge")).containsExactlyInAnyOrder("junior", "inside");
		assertThat(filtered(engine, Dimension.WORK_MODE, "REMOTE")).containsExactlyInAnyOrder("remote", "old");
		assertThat(filtered(engine, Dimension.TYPE, "CONTRACT")).containsExactlyInAnyOrder("contract", "inside");
		assertThat(filtered(engine, Dimension.IR35, "OUTSIDE")).containsExactly("contract");
		assertThat(filtered(engine, Dimension.CLEARANCE, "SC")).containsExactly("contract");
		assertThat(filtered(engine, Dimension.VISA, "true")).containsExactlyInAnyOrder("remote", "old");
		assertThat(filtered(engine, Dimension.COMPANY, "arm")).containsExactlyInAnyOrder("contract", "junior");
		assertThat(filtered(engine, Dimension.SKILL, "pytorch")).containsExactlyInAnyOrder("contract", "old");
		assertThat(filtered(engine, Dimension.POSTED_WITHIN, "7")).containsExactlyInAnyOrder("deploy", "remote",
				"contract", "junior", "inside");
		assertThat(keys(engine, all().withMinPay(new PayFloor(false, 100_000)))).containsExactlyInAnyOrder("deploy",
				"old");
		assertThat(keys(engine, all().withMinPay(new PayFloor(true, 700)))).containsExactly("contract");
	}

	@ParameterizedTest
	@MethodSource("engines")
	void severalValuesOfOneFilterAreAlternatives(String engine) {
		TestQuery either = all().with(Dimension.WORK_MODE, "REMOTE", "ON_SITE");
		assertThat(keys(engine, either)).containsExactlyInAnyOrder("remote", "old", "contract");
		TestQuery both = either.with(Dimension.SKILL, "pytorch");
		assertThat(keys(engine, both)).containsExactlyInAnyOrder("old", "contract");
	}

	@ParameterizedTest
	@MethodSource("engines")
	void facetCountsAgreeWithTheResultsTheyLinkTo(String engine) {
		for (TestQuery test : List.of(all(), words("engineer"), all().with(Dimension.WORK_MODE, "HYBRID"),
				all().with(Dimension.TYPE, "CONTRACT").with(Dimension.IR35, "INSIDE"))) {
			SearchQuery query = test.query();
			SearchHits hits = this.engines.named(engine).search(query);
			assertThat(hits.facets()).containsKeys(Dimension.values());
			for (Map.Entry<Dimension, FacetCounts> facet : hits.facets().entrySet()) {
				assertThat(facet.getValue().estimated()).isFalse();
				for (Map.Entry<String, Long> value : facet.getValue().counts().entrySet()) {
					SearchQuery chosen = chosen(query, facet.getKey(), value.getKey());
					assertThat(this.engines.named(engine).search(chosen).count())
						.as("%s %s=%s", query.words(), facet.getKey(), value.getKey())
						.isEqualTo(value.getValue());
				}
			}
		}
	}

	@ParameterizedTest
	@MethodSource("engines")
	void countsAreExactForASmallBoard(String engine) {
		SearchHits hits = search(engine, all());
		assertThat(hits.exact()).isTrue();
		assertThat(hits.count()).isEqualTo(6);
		assertThat(hits.facets().get(Dimension.WORK_MODE).counts()).containsEntry("HYBRID", 3L)
			.containsEntry("REMOTE", 2L)
			.containsEntry("ON_SITE", 1L);
		// Published 25 hours, 2, 3, 4 and 5 days and 20 days ago, each an hour more.
		assertThat(hits.facets().get(Dimension.POSTED_WITHIN).counts()).doesNotContainKey("1")
			.containsEntry("3", 2L)
			.containsEntry("7", 5L)
			.containsEntry("30", 6L);
	}

	@ParameterizedTest
	@MethodSource("engines")
	void ordersByRelevanceNewestAndPay(String engine) {
		// Both mention Kubernetes; one also lists it as a skill.
		assertThat(keys(engine, words("kubernetes"))).containsExactly("deploy", "junior");
		assertThat(keys(engine, all().ordered(Order.NEWEST))).containsExactly("deploy", "remote", "contract", "junior",
				"inside", "old");
		// Day rates count over a year of 220 days: £800 a day is £176,000.
		assertThat(keys(engine, all().ordered(Order.PAY))).containsExactly("old", "contract", "deploy", "inside",
				"remote", "junior");
	}

	@ParameterizedTest
	@MethodSource("engines")
	void pagesNeitherRepeatNorSkipWhilePostingsArrive(String engine) {
		Instant asOf = Instant.now();
		List<String> seen = new ArrayList<>();
		TestQuery first = all().ordered(Order.NEWEST).anchored(asOf).page(0, 2);
		SearchHits page = search(engine, first);
		seen.addAll(keys(page));
		String arrival = "arrival-" + engine;
		posting(arrival, "MLOps Engineer, arrived meanwhile", "mlops-engineer", "mid", "london", "HYBRID",
				"PERMANENT_FULL_TIME", 60_000, 70_000, null, "NONE", false, "monzo", 0,
				"Joins the board while a seeker is paging through the newest jobs.", "ray");
		this.jdbc.update("UPDATE posting SET published_at = now() WHERE id = ?", this.ids.get(arrival));
		awaitCurrent();
		while (seen.size() < 6) {
			TestQuery next = first.page(seen.size(), 2).after(page.next());
			page = search(engine, next);
			assertThat(page.ids()).as("page after %s", seen).isNotEmpty();
			seen.addAll(keys(page));
		}
		assertThat(seen).doesNotHaveDuplicates()
			.doesNotContain(arrival)
			.containsExactly("deploy", "remote", "contract", "junior", "inside", "old");
		assertThat(keys(engine, all().ordered(Order.NEWEST))).first().isEqualTo(arrival);
		this.jdbc.update("DELETE FROM posting WHERE id = ?", this.ids.remove(arrival));
		awaitCurrent();
	}

	@ParameterizedTest
	@MethodSource("engines")
	void endedPostingsLeaveAndCloseDatesCount(String engine) {
		long id = this.ids.get("junior");
		this.jdbc.update("UPDATE posting SET status = 'CLOSED', ended_at = now() WHERE id = ?", id);
		awaitCurrent();
		try {
			assertThat(keys(engine, all())).doesNotContain("junior").hasSize(5);
		}
		finally {
			this.jdbc.update("UPDATE posting SET status = 'PUBLISHED', ended_at = NULL WHERE id = ?", id);
			awaitCurrent();
		}
		// A closing date passed is enough, before the expiry job has run.
		LocalDate tomorrow = LocalDate.now(UK).plusDays(1);
		assertThat(keys(engine, all().liveOn(tomorrow.plusDays(60)))).isEmpty();
	}

	// ---- helpers -------------------------------------------------------------------

	private List<String> titles(String engine, TestQuery query) {
		List<Long> found = search(engine, query).ids();
		return found.stream()
			.map((id) -> this.jdbc.queryForObject("SELECT title FROM posting WHERE id = ?", String.class, id))
			.toList();
	}

	private List<String> filtered(String engine, Dimension dimension, String value) {
		return keys(engine, all().with(dimension, value));
	}

	private List<String> keys(String engine, TestQuery query) {
		return keys(search(engine, query));
	}

	private List<String> keys(SearchHits hits) {
		Map<Long, String> byId = new LinkedHashMap<>();
		this.ids.forEach((key, id) -> byId.put(id, key));
		return hits.ids().stream().map((id) -> byId.getOrDefault(id, String.valueOf(id))).toList();
	}

	private SearchHits search(String engine, TestQuery query) {
		return this.engines.named(engine).search(query.query());
	}

	/** The search with one dimension's filter set to a value as engines count it. */
	private static SearchQuery chosen(SearchQuery query, Dimension dimension, String value) {
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		filters.putAll(query.filters());
		filters.put(dimension, Set.of(value));
		return new SearchQuery(query.words(), filters, query.minPay(), query.liveOn(), query.now(), query.asOf(), null,
				null, query.order(), 0, 20, null, true);
	}

	private TestQuery all() {
		return new TestQuery(this, null, new EnumMap<>(Dimension.class), null, LocalDate.now(UK), null, Order.RELEVANCE,
				0, 20, null);
	}

	private TestQuery words(String words) {
		return all().words(words);
	}

	/**
	 * Reference values by slug, as the job feature resolves them from a search's
	 * parameters.
	 */
	String id(Dimension dimension, String slug) {
		String table = switch (dimension) {
			case ROLE -> "role";
			case REGION -> "region";
			case TOWN -> "town";
			case COMPANY -> "company";
			default -> null;
		};
		if (table == null) {
			return slug;
		}
		return String
			.valueOf(this.jdbc.queryForObject("SELECT id FROM " + table + " WHERE slug = ?", Long.class, slug));
	}

	/** Levels are per role: "junior" names one level of each role. */
	Set<String> levels(String slug) {
		return new HashSet<>(this.jdbc.queryForList("SELECT id::text FROM level WHERE slug = ?", String.class, slug));
	}

	Instant now() {
		return this.now;
	}

	private void posting(String key, String title, String role, String level, String town, String workMode, String type,
			int payMin, int payMax, String ir35, String clearance, boolean visa, String company, int daysAgo,
			String description, String... skills) {
		boolean daily = "CONTRACT".equals(type);
		Long id = this.jdbc.queryForObject(
				"""
						INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id, region_id, town_id, work_mode,
						    remote_residency, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, ir35, clearance,
						    visa_sponsorship, description_md, description_html, apply_url, closes_on, status, submitted_at,
						    published_at, agency)
						SELECT gen_random_uuid(), c.id, ?, r.id, l.id, t.region_id, t.id, ?, CASE WHEN ? = 'REMOTE' THEN 'UK' END,
						       ?, ?, ?, ?, ?, ?, ?, ?, '<p>x</p>', 'https://example.com/apply', current_date + 30, 'PUBLISHED',
						       now() - make_interval(hours => ? * 24 + 1), now() - make_interval(hours => ? * 24 + 1), ?
						FROM company c, role r JOIN level l ON l.role_id = r.id, town t
						WHERE c.slug = ? AND r.slug = ? AND l.slug = ? AND t.slug = ?
						RETURNING id""",
				Long.class, title, workMode, workMode, type, daily ? "DAY" : "YEAR", payMin, payMax, ir35, clearance,
				visa, description, daysAgo, daysAgo, "arm".equals(company), company, role, level, town);
		for (String skill : skills) {
			this.jdbc.update("INSERT INTO posting_tag (posting_id, tag) VALUES (?, ?)", id, skill);
		}
		this.jdbc.query("SELECT refresh_posting_search(ARRAY[?]::bigint[])", (rs) -> {
		}, id);
		this.ids.put(key, id);
	}

	/** A search built a step at a time, by slug, as tests read best. */
	private record TestQuery(SearchBehaviourTests test, String words, Map<Dimension, Set<String>> filters,
			PayFloor minPay, LocalDate liveOn, Instant asOf, Order order, int offset, int size,
			SearchQuery.Cursor after) {

		TestQuery words(String words) {
			return new TestQuery(this.test, words, this.filters, this.minPay, this.liveOn, this.asOf, this.order,
					this.offset, this.size, this.after);
		}

		TestQuery with(Dimension dimension, String... slugs) {
			Map<Dimension, Set<String>> next = new EnumMap<>(Dimension.class);
			next.putAll(this.filters);
			Set<String> values = new HashSet<>(next.getOrDefault(dimension, Set.of()));
			for (String slug : slugs) {
				if (dimension == Dimension.LEVEL) {
					values.addAll(this.test.levels(slug));
				}
				else {
					values.add(this.test.id(dimension, slug));
				}
			}
			next.put(dimension, values);
			return new TestQuery(this.test, this.words, next, this.minPay, this.liveOn, this.asOf, this.order,
					this.offset, this.size, this.after);
		}

		TestQuery withMinPay(PayFloor floor) {
			return new TestQuery(this.test, this.words, this.filters, floor, this.liveOn, this.asOf, this.order,
					this.offset, this.size, this.after);
		}

		TestQuery ordered(Order order) {
			return new TestQuery(this.test, this.words, this.filters, this.minPay, this.liveOn, this.asOf, order,
					this.offset, this.size, this.after);
		}

		TestQuery anchored(Instant asOf) {
			return new TestQuery(this.test, this.words, this.filters, this.minPay, this.liveOn, asOf, this.order,
					this.offset, this.size, this.after);
		}

		TestQuery liveOn(LocalDate day) {
			return new TestQuery(this.test, this.words, this.filters, this.minPay, day, this.asOf, this.order,
					this.offset, this.size, this.after);
		}

		TestQuery page(int offset, int size) {
			return new TestQuery(this.test, this.words, this.filters, this.minPay, this.liveOn, this.asOf, this.order,
					offset, size, null);
		}

		TestQuery after(SearchQuery.Cursor cursor) {
			return new TestQuery(this.test, this.words, this.filters, this.minPay, this.liveOn, this.asOf, this.order,
					this.offset, this.size, cursor);
		}

		SearchQuery query() {
			return new SearchQuery(Words.parse(this.words), this.filters, this.minPay, this.liveOn, this.test.now(),
					this.asOf, null, null, this.order, this.offset, this.size, this.after, true);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_engines";
		}

	}

}
