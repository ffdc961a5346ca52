package uk.mljobs.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance order for a search with many more matches than the facet scan reads (3,000
 * synthetic postings from the benchmark's generator, on a database of their own): the
 * newest {@value JobSearch#RANK_CANDIDATES} matches ranked once and kept, every page cut
 * from that one order, the rows themselves read fresh.
 */
@SpringBootTest(properties = "mljobs.search.engine=postgres")
@Import({ RelevanceRankingTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevanceRankingTests {

	private static final String EXPECTED = """
			SELECT p.id FROM (SELECT p.id, p.published_at,
			       ts_rank(p.search_vector, websearch_to_tsquery('english', 'engineer')) AS rank
			  FROM posting p WHERE p.status = 'PUBLISHED' AND p.closes_on >= current_date
			   AND p.search_vector @@ websearch_to_tsquery('english', 'engineer')
			  ORDER BY p.published_at DESC, p.id DESC LIMIT 1000) p
			ORDER BY p.rank DESC, p.published_at DESC, p.id DESC""";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private JobSearch search;

	@Autowired
	private FacetCache cache;

	@BeforeAll
	void threeThousandPostings() throws Exception {
		String script = Files.readString(Path.of("bench/generate.sql"))
			.lines()
			.filter((line) -> !line.startsWith("\\") && !line.startsWith("VACUUM") && !line.startsWith("SELECT count"))
			.reduce("", (all, line) -> all + line + "\n")
			.replace(":n", "3000");
		this.jdbc.execute(script);
		this.jdbc.execute("ANALYZE posting");
	}

	@Test
	void everyPageComesFromOneRankingOfTheNewestCandidates() {
		List<Long> expected = this.jdbc.queryForList(EXPECTED, Long.class);
		assertThat(expected).hasSize(JobSearch.RANK_CANDIDATES);
		List<Long> shown = new ArrayList<>();
		for (int page = 1; page <= 50; page++) {
			shown.addAll(ids(page));
		}
		assertThat(shown).as("50 pages, in the ranked order, none twice, none skipped").isEqualTo(expected);
		assertThat(ids(51)).isEmpty();
	}

	@Test
	void theRankingIsKeptButTheRowsAreReadFreshAndAChangeStartsAfresh() {
		List<Long> first = ids(1);
		assertThat(first).hasSize(20);
		// Closed behind the search's back: the kept order still names it, the fresh read
		// drops it.
		this.jdbc.update("UPDATE posting SET status = 'CLOSED' WHERE id = ?", first.get(0));
		try {
			assertThat(ids(1)).isEqualTo(first.subList(1, 20));
			this.cache.postingChanged();
			List<Long> after = ids(1);
			assertThat(after).hasSize(20).doesNotContain(first.get(0));
			assertThat(after.subList(0, 19)).isEqualTo(first.subList(1, 20));
		}
		finally {
			this.jdbc.update("UPDATE posting SET status = 'PUBLISHED' WHERE id = ?", first.get(0));
			this.cache.postingChanged();
		}
		Set<Long> distinct = new HashSet<>(ids(1));
		assertThat(distinct).hasSize(20);
	}

	private List<Long> ids(int page) {
		SearchCriteria criteria = this.search.criteria(Map.of("q", "engineer", "page", String.valueOf(page)));
		return this.search.search(criteria, 20, JobSearch.Channel.JSON)
			.items()
			.stream()
			.map(PostingSummary::id)
			.toList();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_ranking";
		}

	}

}
