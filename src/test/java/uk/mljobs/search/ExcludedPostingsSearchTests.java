package uk.mljobs.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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
import uk.mljobs.support.EmbeddedOpenSearch;
import uk.mljobs.support.Eventually;
import uk.mljobs.support.OwnDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search leaving out postings by id (the ones a seeker hid), asked of Lucene,
 * PostgreSQL and OpenSearch over the same postings on a database of their own, as
 * {@link SearchBehaviourTests} asks its searches: the postings left out are in no page,
 * no total and no facet count, and with none left out every engine answers as before.
 */
@SpringBootTest(properties = "mljobs.search.opensearch.enabled=true")
@Import(ExcludedPostingsSearchTests.Database.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExcludedPostingsSearchTests {

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
		registry.add("mljobs.search.opensearch.index", () -> "mljobs-excluded-" + System.nanoTime());
	}

	static Stream<String> engines() {
		return SearchEngineNames.available().stream();
	}

	@BeforeAll
	void postings() {
		assertThat(this.indexing.awaitReady(Duration.ofSeconds(60))).isTrue();
		assertThat(Eventually.within(this.engines.named(OpenSearchEngine.NAME)::ready, Duration.ofSeconds(60)))
			.as("OpenSearch ready")
			.isTrue();
		this.now = Instant.now();
		posting("deploy", "Senior MLOps Engineer, deployment platform", "HYBRID", "monzo", 1, "kubernetes");
		posting("remote", "MLOps Engineer, remote", "REMOTE", "monzo", 2, "airflow");
		posting("onsite", "ML Engineer on site", "ON_SITE", "arm", 3, "pytorch");
		posting("junior", "Junior MLOps Engineer", "HYBRID", "arm", 4, "kubernetes");
		posting("lead", "Lead ML Engineer", "REMOTE", "deliveroo", 5, "pytorch");
		posting("hybrid", "ML Engineer, hybrid", "HYBRID", "deliveroo", 6, "spark");
		for (String name : SearchEngineNames.available()) {
			this.engines.named(name).awaitCurrent(Duration.ofSeconds(5));
		}
	}

	@ParameterizedTest
	@MethodSource("engines")
	void leavesExcludedPostingsOutOfTheHitsTheTotalAndEveryFacet(String engine) {
		SearchHits hits = search(engine, all().excluding(ids("deploy", "remote")));
		assertThat(keys(hits)).containsExactlyInAnyOrder("onsite", "junior", "lead", "hybrid");
		assertThat(hits.count()).isEqualTo(4);
		assertThat(hits.exact()).isTrue();
		assertThat(counts(hits, Dimension.WORK_MODE)).containsOnly(Map.entry("HYBRID", 2L), Map.entry("REMOTE", 1L),
				Map.entry("ON_SITE", 1L));
		assertThat(counts(hits, Dimension.COMPANY)).as("monzo's two are both left out")
			.doesNotContainKey(company("monzo"))
			.containsEntry(company("arm"), 2L);
		assertThat(counts(hits, Dimension.SKILL)).containsEntry("kubernetes", 1L).doesNotContainKey("airflow");
	}

	@ParameterizedTest
	@MethodSource("engines")
	void aFilteredFacetCountsWithoutTheExcludedPostingsToo(String engine) {
		// A chosen dimension's values are counted with its own filter lifted: the
		// postings left out stay out of those counts as well.
		SearchQuery hybrid = with(all(), Dimension.WORK_MODE, "HYBRID").excluding(ids("deploy", "lead"));
		SearchHits hits = search(engine, hybrid);
		assertThat(keys(hits)).containsExactlyInAnyOrder("junior", "hybrid");
		assertThat(counts(hits, Dimension.WORK_MODE)).containsOnly(Map.entry("HYBRID", 2L), Map.entry("REMOTE", 1L),
				Map.entry("ON_SITE", 1L));
		for (Map.Entry<Dimension, FacetCounts> facet : hits.facets().entrySet()) {
			for (Map.Entry<String, Long> value : facet.getValue().counts().entrySet()) {
				assertThat(search(engine, with(hybrid, facet.getKey(), value.getKey()).countOnly()).count())
					.as("%s=%s", facet.getKey(), value.getKey())
					.isEqualTo(value.getValue());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("engines")
	void pagesAndCountsWithoutTheExcludedPostings(String engine) {
		Set<Long> excluded = ids("remote", "junior");
		SearchQuery newest = all().excluding(excluded);
		assertThat(keys(search(engine, page(newest, 0, 2)))).containsExactly("deploy", "onsite");
		assertThat(keys(search(engine, page(newest, 2, 2)))).containsExactly("lead", "hybrid");
		assertThat(search(engine, page(newest, 4, 2)).ids()).isEmpty();
		// Following the cursor of each page, as page links do.
		List<String> seen = new ArrayList<>();
		SearchHits page = search(engine, page(newest, 0, 3));
		seen.addAll(keys(page));
		page = search(engine, after(page(newest, 3, 3), page.next()));
		seen.addAll(keys(page));
		assertThat(seen).containsExactly("deploy", "onsite", "lead", "hybrid");
		assertThat(search(engine, newest.countOnly()).count()).isEqualTo(4);
		SearchQuery words = withWords(newest, "engineer");
		assertThat(keys(search(engine, words))).hasSize(4).doesNotContain("remote", "junior");
		assertThat(search(engine, words.withoutWords().countOnly()).count()).isEqualTo(4);
	}

	@ParameterizedTest
	@MethodSource("engines")
	void leavingOutNoneAnswersAsBefore(String engine) {
		SearchQuery before = all();
		SearchQuery none = before.excluding(Set.of());
		assertThat(none).isEqualTo(before);
		SearchHits plain = search(engine, before);
		SearchHits same = search(engine, none);
		assertThat(same.ids()).isEqualTo(plain.ids()).hasSize(6);
		assertThat(same.count()).isEqualTo(plain.count()).isEqualTo(6);
		assertThat(same.facets()).isEqualTo(plain.facets());
		// Ids that are not on the board change nothing either.
		assertThat(search(engine, before.excluding(Set.of(-1L, Long.MAX_VALUE))).ids()).isEqualTo(plain.ids());
	}

	@Test
	void everyCopyOfASearchLeavesOutTheSamePostings() {
		SearchQuery query = with(withWords(all(), "engineer"), Dimension.WORK_MODE, "HYBRID").excluding(ids("deploy"));
		assertThat(Stream
			.of(query.without(Dimension.WORK_MODE), query.withoutWords(), query.withWords(null), query.withoutMinPay(),
					query.countOnly(), query.countKey(), query.withNear(null), this.engines.understood(query))
			.map(SearchQuery::excluded)).allMatch(ids("deploy")::equals);
	}

	@Test
	void aSearchLeavesOutAtMostAThousandPostingsTheNewest() {
		Set<Long> many = LongStream.rangeClosed(1, 1500).boxed().collect(Collectors.toSet());
		Set<Long> kept = all().excluding(many).excluded();
		assertThat(kept).hasSize(SearchQuery.MAX_EXCLUDED).contains(1500L, 501L).doesNotContain(500L, 1L);
	}

	// ---- helpers -------------------------------------------------------------------

	private SearchQuery all() {
		return new SearchQuery(null, new EnumMap<>(Dimension.class), null, LocalDate.now(UK), this.now, null, null,
				null, Order.NEWEST, 0, 20, null, true);
	}

	private static SearchQuery page(SearchQuery query, int offset, int size) {
		return new SearchQuery(query.words(), query.filters(), query.minPay(), query.liveOn(), query.now(),
				query.asOf(), null, null, query.order(), offset, size, null, true, query.near(), query.excluded());
	}

	private static SearchQuery after(SearchQuery query, SearchQuery.Cursor cursor) {
		return new SearchQuery(query.words(), query.filters(), query.minPay(), query.liveOn(), query.now(),
				query.asOf(), null, null, query.order(), query.offset(), query.size(), cursor, true, query.near(),
				query.excluded());
	}

	private SearchQuery with(SearchQuery query, Dimension dimension, String value) {
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		filters.putAll(query.filters());
		filters.put(dimension, Set.of(value));
		return new SearchQuery(query.words(), filters, query.minPay(), query.liveOn(), query.now(), query.asOf(), null,
				null, query.order(), query.offset(), query.size(), null, query.facets(), query.near(),
				query.excluded());
	}

	private static SearchQuery withWords(SearchQuery query, String words) {
		return query.withWords(Words.parse(words));
	}

	private SearchHits search(String engine, SearchQuery query) {
		return this.engines.named(engine).search(query);
	}

	private Set<Long> ids(String... keys) {
		return Stream.of(keys).map(this.ids::get).collect(Collectors.toSet());
	}

	private List<String> keys(SearchHits hits) {
		Map<Long, String> byId = new LinkedHashMap<>();
		this.ids.forEach((key, id) -> byId.put(id, key));
		return hits.ids().stream().map((id) -> byId.getOrDefault(id, String.valueOf(id))).toList();
	}

	private static Map<String, Long> counts(SearchHits hits, Dimension dimension) {
		return hits.facets().get(dimension).counts();
	}

	/** A company as engines name it: its id. */
	private String company(String slug) {
		return String.valueOf(this.jdbc.queryForObject("SELECT id FROM company WHERE slug = ?", Long.class, slug));
	}

	private void posting(String key, String title, String workMode, String company, int daysAgo, String skill) {
		Long id = this.jdbc.queryForObject(
				"""
						INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id, region_id, town_id, work_mode,
						    remote_residency, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, clearance, visa_sponsorship,
						    description_md, description_html, apply_url, closes_on, status, submitted_at, published_at, agency)
						SELECT gen_random_uuid(), c.id, ?, r.id, l.id, t.region_id, t.id, ?, CASE WHEN ? = 'REMOTE' THEN 'UK' END,
						       'PERMANENT_FULL_TIME', 'YEAR', 60000, 80000, 'NONE', false,
						       'An engineer to run models in production, for the hidden postings tests.', '<p>x</p>',
						       'https://example.com/apply', current_date + 30, 'PUBLISHED',
						       now() - make_interval(hours => ? * 24 + 1), now() - make_interval(hours => ? * 24 + 1), false
						FROM company c, role r JOIN level l ON l.role_id = r.id, town t
						WHERE c.slug = ? AND r.slug = 'mlops-engineer' AND l.slug = 'mid' AND t.slug = 'london'
						RETURNING id""",
				Long.class, title, workMode, workMode, daysAgo, daysAgo, company);
		this.jdbc.update("INSERT INTO posting_tag (posting_id, tag) VALUES (?, ?)", id, skill);
		this.jdbc.query("SELECT refresh_posting_search(ARRAY[?]::bigint[])", (rs) -> {
		}, id);
		this.ids.put(key, id);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_excluded";
		}

	}

}
