package uk.mljobs.job;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.job.SearchResults.Suggestion;
import uk.mljobs.search.SearchIndexing;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signed-in person's job search leaves out the postings they hid (issue 20), here kept
 * by a stand-in for the seeker feature's {@link HiddenPostings}; anyone else's search is
 * as it was, and never asks for hidden postings at all.
 */
@IntegrationTest
@Import(HiddenPostingsSearchTests.Hidden.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiddenPostingsSearchTests {

	private final String marker = "zh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JobSearch search;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private Hidden hidden;

	private long hybrid;

	private long remote;

	private MockHttpSession seeker;

	private long seekerId;

	@BeforeAll
	void postings() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.hybrid = publish(recruiter, admin, "HYBRID");
		this.remote = publish(recruiter, admin, "REMOTE");
		this.indexing.awaitCurrent();
		String email = TestAccounts.recruiter(this.mvc, "arm", false);
		this.seeker = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.seekerId = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		this.hidden.byAccount.put(this.seekerId, Set.of(this.remote));
	}

	@Test
	void theJobsPageLeavesOutWhatTheSignedInPersonHid() throws Exception {
		this.mvc.perform(get("/jobs").param("q", this.marker).session(this.seeker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/jobs/" + this.hybrid + "/")))
			.andExpect(content().string(not(containsString("/jobs/" + this.remote + "/"))))
			.andExpect(content().string(containsString(">1 job<")))
			// A page made for one person is never stored by a shared cache.
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void everyoneElseSeesEveryPostingWithoutAskingWhatAnyoneHid() throws Exception {
		int asked = this.hidden.asked.get();
		this.mvc.perform(get("/jobs").param("q", this.marker))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/jobs/" + this.hybrid + "/")))
			.andExpect(content().string(containsString("/jobs/" + this.remote + "/")))
			.andExpect(content().string(containsString(">2 jobs<")));
		assertThat(this.hidden.asked).as("anonymous visitors cost no lookup").hasValue(asked);
		MockHttpSession other = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "arm", false),
				TestAccounts.PASSWORD);
		this.mvc.perform(get("/jobs").param("q", this.marker).session(other))
			.andExpect(content().string(containsString("/jobs/" + this.remote + "/")));
		// The feed and the API are the same for everyone.
		this.mvc.perform(get("/jobs/feed.atom").param("q", this.marker).session(this.seeker))
			.andExpect(content().string(containsString("/jobs/" + this.remote + "/")));
		this.mvc.perform(get("/api/v1/jobs").param("q", this.marker).session(this.seeker))
			.andExpect(content().string(containsString("\"id\":" + this.remote)));
	}

	@Test
	void totalsFacetsAndRelaxationsCountWithoutTheHiddenPostings() {
		Set<Long> hid = Set.of(this.remote);
		SearchResults results = this.search.search(this.search.criteria(Map.of("q", this.marker)),
				JobSearch.Channel.HTML, hid);
		assertThat(results.total()).isEqualTo(1);
		assertThat(results.items()).extracting(PostingSummary::id).containsExactly(this.hybrid);
		assertThat(workModes(results)).containsOnly(Map.entry("hybrid", 1L));

		// Only the hidden posting is remote: nothing found, and removing the filter
		// offers the one job left, not two.
		SearchResults none = this.search.search(this.search.criteria(Map.of("q", this.marker, "workMode", "remote")),
				JobSearch.Channel.HTML, hid);
		assertThat(none.total()).isZero();
		assertThat(none.suggestions()).filteredOn((offer) -> offer.label().startsWith("Remove"))
			.extracting(Suggestion::count)
			.containsExactly(1L);

		SearchResults unhidden = this.search.search(this.search.criteria(Map.of("q", this.marker)),
				JobSearch.Channel.HTML, Set.of());
		assertThat(unhidden.total()).isEqualTo(2);
		assertThat(workModes(unhidden)).containsOnly(Map.entry("hybrid", 1L), Map.entry("remote", 1L));
	}

	private long publish(MockHttpSession recruiter, MockHttpSession admin, String workMode) throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Hidden postings " + workMode.toLowerCase() + " " + this.marker);
		form.put("workMode", workMode);
		if ("REMOTE".equals(workMode)) {
			form.put("remoteResidency", "UK");
		}
		form.put("description", "A posting for the hidden postings test, marked " + this.marker + ", long enough.");
		return TestPostings.published(this.mvc, recruiter, admin, form);
	}

	private static Map<String, Long> workModes(SearchResults results) {
		Facet modes = results.facets().stream().filter((f) -> f.name().equals("workMode")).findFirst().orElseThrow();
		return modes.values()
			.stream()
			.filter((value) -> value.count() > 0)
			.collect(java.util.stream.Collectors.toMap(FacetValue::value, FacetValue::count));
	}

	/**
	 * Stands in for the seeker feature: what each account hid, and how often it was
	 * asked.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	@org.springframework.context.annotation.Primary
	static class Hidden implements HiddenPostings {

		final Map<Long, Set<Long>> byAccount = new ConcurrentHashMap<>();

		final AtomicInteger asked = new AtomicInteger();

		@Override
		public Set<Long> hiddenBy(long accountId) {
			this.asked.incrementAndGet();
			return this.byAccount.getOrDefault(accountId, Set.of());
		}

	}

}
