package uk.mljobs.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

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

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Counts past the facet scan's cap, on a database of its own holding 3,000 synthetic
 * postings from the benchmark's generator: the total and each facet value are estimates,
 * and they must land near the truth.
 */
@SpringBootTest(properties = "mljobs.search.engine=postgres")
@AutoConfigureMockMvc
@Import({ FacetEstimateTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetEstimateTests {

	private static final String LIVE = "status = 'PUBLISHED' AND closes_on >= current_date";

	@Autowired
	private JobSearch search;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	void generate(@Autowired DataSource dataSource) throws Exception {
		String script = Files.readString(Path.of("bench", "generate.sql"))
			.replaceAll("(?m)^\\\\.*$", "")
			.replace(":n", "3000");
		try (Connection connection = dataSource.getConnection()) {
			ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes()));
		}
	}

	@Test
	void theTotalAndEveryFacetCountAreNearTheTruth() {
		SearchResults results = this.search.search(this.search.criteria(Map.of("q", "engineer")),
				JobSearch.Channel.HTML);
		long truth = this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE " + LIVE
				+ " AND search_vector @@ websearch_to_tsquery('english', 'engineer')", Long.class);
		assertThat(truth).isGreaterThan(JobSearch.COUNT_CAP);
		assertThat(results.totalCapped()).isTrue();
		assertThat(results.estimatedTotal()).isBetween(truth / 2, truth * 2);
		Facet modes = facet(results, "workMode");
		assertThat(modes.capped()).isTrue();
		for (FacetValue mode : modes.values()) {
			long exact = this.jdbc.queryForObject(
					"SELECT count(*) FROM posting WHERE " + LIVE
							+ " AND search_vector @@ websearch_to_tsquery('english', 'engineer') AND work_mode = ?",
					Long.class, mode.value().toUpperCase().replace('-', '_'));
			assertThat(mode.count()).as(mode.value()).isBetween(exact / 2, exact * 2);
		}
	}

	@Test
	void aFilteredDimensionIsEstimatedWithoutItsOwnFilter() {
		SearchResults results = this.search.search(this.search.criteria(Map.of("type", "contract")),
				JobSearch.Channel.HTML);
		Facet types = facet(results, "type");
		assertThat(types.capped()).isTrue();
		long permanent = this.jdbc.queryForObject(
				"SELECT count(*) FROM posting WHERE " + LIVE + " AND employment_type = 'PERMANENT_FULL_TIME'",
				Long.class);
		FacetValue full = types.values()
			.stream()
			.filter((value) -> value.value().equals("permanent-full-time"))
			.findFirst()
			.orElseThrow();
		assertThat(full.count()).isBetween(permanent / 2, permanent * 2);
	}

	@Test
	void thePageSaysAboutAndMarksEstimates() throws Exception {
		String page = this.mvc.perform(get("/jobs").param("q", "engineer"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).containsPattern("About \\d{1,3}(,\\d{3})* jobs").contains("~");
	}

	private static Facet facet(SearchResults results, String name) {
		return results.facets().stream().filter((facet) -> facet.name().equals(name)).findFirst().orElseThrow();
	}

	/** Three thousand postings must not reach the database the other tests share. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_estimates";
		}

	}

}
