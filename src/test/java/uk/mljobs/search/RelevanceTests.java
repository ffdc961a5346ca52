package uk.mljobs.search;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.mljobs.search.SearchQuery.Order;
import uk.mljobs.support.EmbeddedOpenSearch;
import uk.mljobs.support.OwnDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How good the ranking is, measured: {@code relevance/judgements.tsv} holds searches as
 * seekers type them with the postings that should come first, judged by hand against the
 * postings of {@code relevance/postings.tsv}; each is asked of Lucene and OpenSearch with
 * the synonym list applied, as the site asks them. Reports precision at 5 (of the top
 * five, the share judged relevant, out of at most the number judged relevant) and NDCG at
 * 10 (binary gains), per engine, into {@code target/relevance.md}. Distance and spelling
 * are checked here too, on the same postings, on every engine that has them.
 */
@SpringBootTest(properties = "mljobs.search.opensearch.enabled=true")
@Import(RelevanceTests.Database.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceTests {

	/** The least mean precision at 5 and NDCG at 10 either engine may reach. */
	static final double FLOOR = 0.90;

	private static final ZoneId UK = ZoneId.of("Europe/London");

	/** The same closing line on every posting, as descriptions have a minimum length. */
	private static final String FILLER = "We answer every application within a week.";

	@Autowired
	private Engines engines;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private JdbcTemplate jdbc;

	private final Map<String, Long> ids = new LinkedHashMap<>();

	private final Map<Long, String> keys = new LinkedHashMap<>();

	private final List<Judgement> judgements = new ArrayList<>();

	private final Map<String, List<Score>> scores = new LinkedHashMap<>();

	private Instant now;

	record Judgement(String words, Map<Dimension, Set<String>> filters, String filtersText, List<String> relevant) {
	}

	record Score(Judgement judgement, List<String> top, double precision, double ndcg) {
	}

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		registry.add("mljobs.search.opensearch.url", EmbeddedOpenSearch::url);
		registry.add("mljobs.search.opensearch.index", () -> "mljobs-relevance-" + System.nanoTime());
	}

	@BeforeAll
	void corpus() throws IOException {
		assertThat(this.indexing.awaitReady(Duration.ofSeconds(60))).isTrue();
		this.now = Instant.now();
		int age = 0;
		for (String line : lines("/relevance/postings.tsv")) {
			String[] f = line.split("\t");
			posting(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[9], age++, f[8].split(","));
		}
		for (String line : lines("/relevance/judgements.tsv")) {
			String[] f = line.split("\t", -1);
			this.judgements.add(new Judgement(f[0], filters(f[1]), f[1], List.of(f[2].split(","))));
		}
		for (String name : List.of(LuceneEngine.NAME, OpenSearchEngine.NAME)) {
			SearchEngine engine = this.engines.named(name);
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!engine.ready() && System.nanoTime() < deadline) {
				sleep();
			}
			assertThat(engine.ready()).as(name + " ready").isTrue();
		}
		for (String name : SearchEngineNames.available()) {
			this.engines.named(name).awaitCurrent(Duration.ofSeconds(10));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { LuceneEngine.NAME, OpenSearchEngine.NAME })
	void theJudgedPostingsComeFirst(String engine) throws IOException {
		assertThat(this.judgements).hasSizeGreaterThanOrEqualTo(60);
		List<Score> scored = new ArrayList<>();
		for (Judgement judgement : this.judgements) {
			SearchQuery query = new SearchQuery(Words.parse(judgement.words()), judgement.filters(), null,
					LocalDate.now(UK), this.now, null, null, null, Order.RELEVANCE, 0, 10, null, false);
			List<String> top = this.engines.named(engine)
				.search(this.engines.understood(query))
				.ids()
				.stream()
				.map(this.keys::get)
				.toList();
			scored.add(new Score(judgement, top, precisionAt5(top, judgement.relevant()),
					ndcgAt10(top, judgement.relevant())));
		}
		this.scores.put(engine, scored);
		report();
		double precision = scored.stream().mapToDouble(Score::precision).average().orElse(0);
		double ndcg = scored.stream().mapToDouble(Score::ndcg).average().orElse(0);
		List<String> missed = scored.stream()
			.filter((score) -> score.precision() == 0)
			.map((score) -> score.judgement().words() + " " + score.judgement().filtersText() + " → " + score.top())
			.toList();
		assertThat(missed).as("searches whose top five hold nothing judged relevant").isEmpty();
		assertThat(precision).as("mean precision at 5").isGreaterThanOrEqualTo(FLOOR);
		assertThat(ndcg).as("mean NDCG at 10").isGreaterThanOrEqualTo(FLOOR);
	}

	@Test
	void everyEngineFindsAndOrdersByDistanceAlike() {
		// Near London: London itself first, then each town further out.
		Map<String, Double> miles = new LinkedHashMap<>();
		for (String town : List.of("london", "hatfield", "welwyn-garden-city", "reading", "cambridge")) {
			miles.put(id("town", town), distance("london", town));
		}
		SearchQuery.Near near = new SearchQuery.Near(miles, false);
		SearchQuery query = new SearchQuery(Words.parse("kubernetes"), Map.of(), null, LocalDate.now(UK), this.now,
				null, null, null, Order.DISTANCE, 0, 50, null, true, near);
		List<String> expected = null;
		for (String engine : SearchEngineNames.available()) {
			List<String> found = this.engines.named(engine).search(query).ids().stream().map(this.keys::get).toList();
			List<String> towns = found.stream().map(this::town).toList();
			assertThat(towns).as(engine).isSortedAccordingTo(java.util.Comparator.comparing(miles::get));
			if (expected == null) {
				expected = found;
				assertThat(found).as(engine)
					.contains("k8s-platform", "k8s-junior", "hatfield-ops", "kubeflow-pipes")
					.doesNotContain("k8s-serving", "sc-mlops");
			}
			assertThat(found).as(engine + " agrees with " + SearchEngineNames.available().get(0))
				.containsExactlyElementsOf(expected);
		}
		SearchQuery remote = query.withNear(new SearchQuery.Near(Map.of(id("town", "cambridge"), 0.0), true));
		for (String engine : SearchEngineNames.available()) {
			List<String> found = this.engines.named(engine).search(remote).ids().stream().map(this.keys::get).toList();
			assertThat(found).as(engine).startsWith("k8s-junior").contains("k8s-contract", "eks-infra", "part-time");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { LuceneEngine.NAME, OpenSearchEngine.NAME })
	void misspellingsAreCorrectedWithinTheirDistance(String engine) {
		Map<String, String> corrections = this.engines.named(engine)
			.spellings(List.of("kuberntes", "pytorh", "mlflw", "lerning", "tenserflow", "bytorch", "pytrh", "mlf",
					"kubernetes", "k8s"));
		assertThat(corrections).containsEntry("kuberntes", "kubernetes")
			.containsEntry("pytorh", "pytorch")
			.containsEntry("mlflw", "mlflow")
			.containsEntry("lerning", "learning")
			.containsEntry("tenserflow", "tensorflow")
			.doesNotContainKeys("bytorch", "pytrh", "mlf", "kubernetes", "k8s");
	}

	private void report() throws IOException {
		StringBuilder md = new StringBuilder(
				"| Engine | Searches | Precision at 5 | NDCG at 10 |\n|---|---:|---:|---:|\n");
		this.scores.forEach((engine,
				scored) -> md.append(String.format(Locale.UK, "| %s | %d | %.3f | %.3f |%n", engine, scored.size(),
						scored.stream().mapToDouble(Score::precision).average().orElse(0),
						scored.stream().mapToDouble(Score::ndcg).average().orElse(0))));
		md.append("\nSearches below 1.0 on either measure:\n\n");
		this.scores.forEach((engine, scored) -> scored.stream()
			.filter((score) -> score.precision() < 1 || score.ndcg() < 0.999)
			.forEach((score) -> md.append(String.format(Locale.UK, "- %s: `%s` %s P@5 %.2f, NDCG@10 %.2f, top %s%n",
					engine, score.judgement().words(), score.judgement().filtersText(), score.precision(), score.ndcg(),
					score.top().subList(0, Math.min(5, score.top().size()))))));
		Path out = Path.of("target", "relevance.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, md.toString());
		System.out.println(md);
	}

	static double precisionAt5(List<String> top, List<String> relevant) {
		Set<String> judged = new HashSet<>(relevant);
		long hits = top.stream().limit(5).filter(judged::contains).count();
		return (double) hits / Math.min(5, judged.size());
	}

	static double ndcgAt10(List<String> top, List<String> relevant) {
		Set<String> judged = new HashSet<>(relevant);
		double dcg = 0;
		for (int i = 0; i < Math.min(10, top.size()); i++) {
			if (judged.contains(top.get(i))) {
				dcg += 1 / (Math.log(i + 2) / Math.log(2));
			}
		}
		double ideal = 0;
		for (int i = 0; i < Math.min(10, judged.size()); i++) {
			ideal += 1 / (Math.log(i + 2) / Math.log(2));
		}
		return dcg / ideal;
	}

	private Map<Dimension, Set<String>> filters(String text) {
		Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
		if (text.isBlank()) {
			return filters;
		}
		for (String filter : text.split(";")) {
			String[] pair = filter.split("=");
			Dimension dimension = Dimension.valueOf(pair[0]);
			String value = switch (dimension) {
				case TOWN -> id("town", pair[1]);
				case COMPANY -> id("company", pair[1]);
				default -> pair[1];
			};
			filters.computeIfAbsent(dimension, (d) -> new HashSet<>()).add(value);
		}
		return filters;
	}

	private String id(String table, String slug) {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT id FROM " + table + " WHERE slug = ?", Long.class, slug));
	}

	private String town(String key) {
		return String.valueOf(
				this.jdbc.queryForObject("SELECT town_id FROM posting WHERE id = ?", Long.class, this.ids.get(key)));
	}

	private double distance(String from, String to) {
		return this.jdbc.queryForObject(
				"""
						SELECT 2 * 3958.8 * asin(sqrt(power(sin(radians(b.latitude - a.latitude) / 2), 2)
						    + cos(radians(a.latitude)) * cos(radians(b.latitude)) * power(sin(radians(b.longitude - a.longitude) / 2), 2)))
						FROM town a, town b WHERE a.slug = ? AND b.slug = ?""",
				Double.class, from, to);
	}

	private static List<String> lines(String resource) throws IOException {
		try (InputStream in = RelevanceTests.class.getResourceAsStream(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
	}

	private void posting(String key, String title, String role, String level, String town, String workMode, String type,
			String company, String description, int hoursAgo, String... skills) {
		boolean daily = "CONTRACT".equals(type);
		Long id = this.jdbc.queryForObject(
				"""
						INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id, region_id, town_id, work_mode,
						    remote_residency, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, ir35, clearance,
						    visa_sponsorship, description_md, description_html, apply_url, closes_on, status, submitted_at,
						    published_at, agency)
						SELECT gen_random_uuid(), c.id, ?, r.id, l.id, t.region_id, t.id, ?, CASE WHEN ? = 'REMOTE' THEN 'UK' END,
						       ?, ?, ?, ?, CASE WHEN ? = 'CONTRACT' THEN 'OUTSIDE' END, 'NONE', false, ?, '<p>x</p>',
						       'https://example.com/apply', current_date + 30, 'PUBLISHED',
						       now() - make_interval(hours => ? + 1), now() - make_interval(hours => ? + 1), false
						FROM company c, role r JOIN level l ON l.role_id = r.id, town t
						WHERE c.slug = ? AND r.slug = ? AND l.slug = ? AND t.slug = ?
						RETURNING id""",
				Long.class, title, workMode, workMode, type, daily ? "DAY" : "YEAR", daily ? 500 : 60_000,
				daily ? 700 : 90_000, type, description + " " + FILLER, hoursAgo, hoursAgo, company, role, level, town);
		for (String skill : skills) {
			this.jdbc.update("INSERT INTO posting_tag (posting_id, tag) VALUES (?, ?)", id, skill);
		}
		this.jdbc.query("SELECT refresh_posting_search(ARRAY[?]::bigint[])", (rs) -> {
		}, id);
		this.ids.put(key, id);
		this.keys.put(id, key);
	}

	private static void sleep() {
		try {
			Thread.sleep(50);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_relevance";
		}

	}

}
