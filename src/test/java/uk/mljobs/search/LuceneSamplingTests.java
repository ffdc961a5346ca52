package uk.mljobs.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.search.SearchHits.FacetCounts;
import uk.mljobs.search.SearchQuery.Order;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Past a few thousand candidates the Lucene engine counts facets over a random slice of
 * the index and scales them up: on 20,000 generated postings (the benchmark's generator)
 * the estimates must land near the truth and say they are estimates, while the page's own
 * results and small searches stay exact.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(LuceneSamplingTests.Database.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LuceneSamplingTests {

	private static final int POSTINGS = 20_000;

	@Autowired
	private Engines engines;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	void generate(@Autowired DataSource dataSource, @Autowired SearchIndexing indexing) throws Exception {
		String script = Files.readString(Path.of("bench", "generate.sql"))
			.replaceAll("(?m)^\\\\.*$", "")
			.replace(":n", String.valueOf(POSTINGS));
		try (Connection connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes()));
		}
		// The generator writes around the change feed, as the benchmark does: build
		// afresh.
		SearchEngine lucene = this.engines.named(LuceneEngine.NAME);
		lucene.rebuild();
		Eventually.within(() -> lucene.ready() && lucene.status().documents() == POSTINGS, Duration.ofSeconds(120));
		assertThat(lucene.status().documents()).isEqualTo(POSTINGS);
	}

	@Test
	void aCommonWordsCountsAreEstimatedNearTheTruth() {
		SearchHits hits = search("engineer", Map.of());
		long truth = count("search_vector @@ websearch_to_tsquery('english', 'engineer')");
		assertThat(hits.exact()).isFalse();
		assertThat((double) hits.estimate()).isCloseTo(truth, within(truth * 0.15));
		FacetCounts modes = hits.facets().get(Dimension.WORK_MODE);
		assertThat(modes.estimated()).isTrue();
		for (Map.Entry<String, Long> mode : modes.counts().entrySet()) {
			long exact = count("search_vector @@ websearch_to_tsquery('english', 'engineer') AND work_mode = '"
					+ mode.getKey() + "'");
			assertThat((double) mode.getValue()).as(mode.getKey()).isCloseTo(exact, within(exact * 0.2));
		}
	}

	@Test
	void aFilteredDimensionIsEstimatedWithoutItsOwnFilter() {
		SearchHits hits = search(null, Map.of(Dimension.TYPE, Set.of("CONTRACT")));
		long permanent = count("employment_type = 'PERMANENT_FULL_TIME'");
		FacetCounts types = hits.facets().get(Dimension.TYPE);
		assertThat(types.estimated()).isTrue();
		assertThat((double) types.counts().get("PERMANENT_FULL_TIME")).isCloseTo(permanent, within(permanent * 0.2));
	}

	@Test
	void aRareCombinationIsCountedExactly() {
		Map<Dimension, Set<String>> filters = Map.of(Dimension.CLEARANCE, Set.of("DV"), Dimension.VISA, Set.of("true"),
				Dimension.WORK_MODE, Set.of("REMOTE"));
		SearchHits hits = search("kubernetes", filters);
		long truth = count("search_vector @@ websearch_to_tsquery('english', 'kubernetes') AND clearance = 'DV' "
				+ "AND visa_sponsorship AND work_mode = 'REMOTE'");
		assertThat(hits.exact()).isTrue();
		assertThat(hits.count()).isEqualTo(truth);
		assertThat(hits.facets().get(Dimension.REGION).estimated()).as("the matches' own values, read exactly")
			.isFalse();
	}

	@Test
	void thePageSaysAboutAndMarksEstimates() throws Exception {
		String page = this.mvc.perform(get("/jobs").param("q", "engineer"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("About \\d{1,3}(,\\d{3})* jobs").contains("~");
	}

	private SearchHits search(String words, Map<Dimension, Set<String>> filters) {
		Map<Dimension, Set<String>> all = new EnumMap<>(Dimension.class);
		all.putAll(filters);
		return this.engines.named(LuceneEngine.NAME)
			.search(new SearchQuery(Words.parse(words), all, null, LocalDate.now(ZoneId.of("Europe/London")),
					Instant.now(), null, null, null, Order.RELEVANCE, 0, 20, null, true));
	}

	private long count(String where) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM posting WHERE status = 'PUBLISHED' AND closes_on >= current_date AND " + where,
				Long.class);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_sampling";
		}

	}

}
