package uk.mljobs.job;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;
import uk.mljobs.system.ChangedElsewhere;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet counts are reused for a short while; result lists never are; and a change made
 * through this instance is counted at once.
 */
@IntegrationTest
@TestPropertySource(properties = "mljobs.search.engine=postgres")
class FacetCacheTests {

	private final String marker = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JobSearch search;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Test
	void countsAreReusedUntilAPostingChangesHereWhileResultsAreAlwaysFresh() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long hybrid = publish(recruiter, admin, "HYBRID");
		assertThat(workModes(search())).containsExactly(Map.entry("hybrid", 1L));

		// Another instance edits the posting: a write this instance's entities never see.
		this.jdbc.update("UPDATE posting SET work_mode = 'ON_SITE' WHERE id = ?", hybrid);
		SearchResults cached = search();
		assertThat(workModes(cached)).as("counts reused").containsExactly(Map.entry("hybrid", 1L));
		assertThat(cached.items()).extracting(PostingSummary::workMode)
			.as("results read fresh")
			.containsExactly(WorkMode.ON_SITE);

		// A posting published here starts the counts afresh, as soon as it commits.
		publish(recruiter, admin, "REMOTE");
		SearchResults fresh = search();
		assertThat(fresh.total()).isEqualTo(2);
		assertThat(workModes(fresh)).containsOnly(Map.entry("on-site", 1L), Map.entry("remote", 1L));
	}

	@Test
	void countsStartAfreshWhenAnotherInstanceAnnouncesAPostingChange() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long hybrid = publish(recruiter, admin, "HYBRID");
		assertThat(workModes(search())).containsExactly(Map.entry("hybrid", 1L));

		// Another instance edits the posting and, once committed, says so
		// (ChangeNoticesTests
		// covers the way from NOTIFY to this event).
		this.jdbc.update("UPDATE posting SET work_mode = 'ON_SITE' WHERE id = ?", hybrid);
		assertThat(workModes(search())).as("counts reused").containsExactly(Map.entry("hybrid", 1L));
		this.events.publishEvent(new ChangedElsewhere("salary-bands"));
		assertThat(workModes(search())).as("another topic").containsExactly(Map.entry("hybrid", 1L));
		this.events.publishEvent(new ChangedElsewhere(FacetCache.TOPIC));
		assertThat(workModes(search())).containsExactly(Map.entry("on-site", 1L));
	}

	@Test
	void aSearchLeavingOutHiddenPostingsNeitherReadsNorFillsTheSharedCounts() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long hybrid = publish(recruiter, admin, "HYBRID");
		long remote = publish(recruiter, admin, "REMOTE");
		assertThat(workModes(hiding(remote))).containsExactly(Map.entry("hybrid", 1L));

		// Another instance edits the posting, unannounced: the personal search was not
		// kept, so it counts afresh...
		this.jdbc.update("UPDATE posting SET work_mode = 'ON_SITE' WHERE id = ?", hybrid);
		assertThat(workModes(hiding(remote))).as("not kept").containsExactly(Map.entry("on-site", 1L));
		assertThat(workModes(search())).containsOnly(Map.entry("on-site", 1L), Map.entry("remote", 1L));

		// ...and does not read what everyone's search keeps.
		this.jdbc.update("UPDATE posting SET work_mode = 'HYBRID' WHERE id = ?", hybrid);
		assertThat(workModes(search())).as("everyone's counts reused")
			.containsOnly(Map.entry("on-site", 1L), Map.entry("remote", 1L));
		assertThat(workModes(hiding(remote))).as("not read from the shared counts")
			.containsExactly(Map.entry("hybrid", 1L));
	}

	private SearchResults hiding(long id) {
		return this.search.search(this.search.criteria(Map.of("q", this.marker)), JobSearch.Channel.HTML, Set.of(id));
	}

	private long publish(MockHttpSession recruiter, MockHttpSession admin, String workMode) throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Cached facets " + workMode.toLowerCase() + " " + this.marker);
		form.put("workMode", workMode);
		if ("REMOTE".equals(workMode)) {
			form.put("remoteResidency", "UK");
		}
		form.put("description", "A posting for the facet cache test, marked " + this.marker + ", long enough.");
		return TestPostings.published(this.mvc, recruiter, admin, form);
	}

	private SearchResults search() {
		return this.search.search(this.search.criteria(Map.of("q", this.marker)), JobSearch.Channel.HTML);
	}

	private static Map<String, Long> workModes(SearchResults results) {
		Facet modes = results.facets().stream().filter((f) -> f.name().equals("workMode")).findFirst().orElseThrow();
		return modes.values()
			.stream()
			.filter((value) -> value.count() > 0)
			.collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
	}

}
