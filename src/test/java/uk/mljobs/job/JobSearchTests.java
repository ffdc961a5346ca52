package uk.mljobs.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.search.SearchIndexing;
import uk.mljobs.shared.InvalidParameterException;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search over a set of postings made for it: every one carries a marker word unique to
 * this test run, so other tests' postings in the shared database never change the
 * answers.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JobSearchTests {

	private final String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JobSearch search;

	@Autowired
	private JdbcTemplate jdbc;

	/** The search index follows writes made behind the app's back; tests wait for it. */
	@Autowired
	private SearchIndexing indexing;

	private final List<Long> made = new ArrayList<>();

	@BeforeAll
	void postings() throws Exception {
		MockHttpSession direct = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		MockHttpSession agency = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "arm", true),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.made.add(publish(direct, admin,
				fields("title", "Senior MLOps Engineer, deployment platform", "payMin", "110000", "payMax", "140000",
						"description", text("We are deploying models with Kubernetes and a feature store."))));
		this.made.add(publish(direct, admin,
				fields("title", "MLOps Engineer", "level", "mid", "workMode", "REMOTE", "payMin", "70000", "payMax",
						"90000", "visaSponsorship", "true", "description",
						text("Remote role building pipelines in Airflow; no feature store work."))));
		this.made.add(publish(agency, admin,
				fields("title", "Contract ML Engineer", "role", "machine-learning-engineer", "level", "senior",
						"employmentType", "CONTRACT", "ir35", "OUTSIDE", "payMin", "600", "payMax", "800", "town",
						"manchester", "clearance", "SC", "company", "booking-com", "description",
						text("Contract for an LLM evaluation harness; Python and PyTorch."))));
		this.made.add(publish(agency, admin,
				fields("title", "Junior MLOps Engineer", "level", "junior", "payMin", "45000", "payMax", "55000",
						"town", "cambridge", "tags", "ray", "description",
						text("Learn Kubernetes and MLflow from a supportive team."))));
	}

	@Test
	void findsStemmedWords() {
		// "deploying" in one posting, "deployment" in its title: one stem.
		assertThat(titles(Map.of("q", this.marker + " deploy")))
			.containsExactly("Senior MLOps Engineer, deployment platform");
	}

	@Test
	void matchesQuotedPhrasesAndExcludesWords() {
		assertThat(titles(Map.of("q", this.marker + " \"feature store\"")))
			.containsExactlyInAnyOrder("Senior MLOps Engineer, deployment platform", "MLOps Engineer");
		assertThat(titles(Map.of("q", this.marker + " \"feature store\" -airflow")))
			.containsExactly("Senior MLOps Engineer, deployment platform");
		// "or" binds more loosely than the implied "and": (marker pytorch) or (marker
		// mlflow).
		assertThat(titles(Map.of("q", this.marker + " pytorch or " + this.marker + " mlflow")))
			.containsExactlyInAnyOrder("Contract ML Engineer", "Junior MLOps Engineer");
	}

	@Test
	void weighsTheTitleAboveTheDescription() {
		assertThat(titles(Map.of("q", this.marker + " junior"))).first().isEqualTo("Junior MLOps Engineer");
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "role, machine-learning-engineer, Contract ML Engineer", "level, junior, Junior MLOps Engineer",
			"town, manchester, Contract ML Engineer", "region, rest-of-uk, Contract ML Engineer|Junior MLOps Engineer",
			"workMode, remote, MLOps Engineer", "type, contract, Contract ML Engineer",
			"ir35, outside, Contract ML Engineer", "clearance, sc, Contract ML Engineer", "visa, yes, MLOps Engineer",
			"company, booking-com, Contract ML Engineer", "skill, ray, Junior MLOps Engineer",
			"agency, yes, Contract ML Engineer|Junior MLOps Engineer", "minPay, 700, Contract ML Engineer",
			"minPay, 100000, 'Senior MLOps Engineer, deployment platform'" })
	void eachFilterNarrowsTheResults(String name, String value, String expected) {
		assertThat(titles(Map.of("q", this.marker, name, value))).containsExactlyInAnyOrder(expected.split("\\|"));
	}

	@Test
	void postedWithinLeavesOutOlderPostings() {
		long older = this.made.get(1);
		java.sql.Timestamp published = this.jdbc.queryForObject("SELECT published_at FROM posting WHERE id = ?",
				java.sql.Timestamp.class, older);
		this.jdbc.update("UPDATE posting SET published_at = now() - interval '10 days' WHERE id = ?", older);
		this.indexing.awaitCurrent();
		try {
			assertThat(titles(Map.of("q", this.marker, "postedWithin", "7"))).hasSize(3)
				.doesNotContain("MLOps Engineer");
			assertThat(titles(Map.of("q", this.marker, "postedWithin", "30"))).hasSize(4).contains("MLOps Engineer");
			assertThat(titles(Map.of("q", this.marker, "postedWithin", "1"))).hasSize(3);
		}
		finally {
			this.jdbc.update("UPDATE posting SET published_at = ? WHERE id = ?", published, older);
			this.indexing.awaitCurrent();
		}
	}

	@Test
	void relevanceIsTheDefaultOrderWithWordsAndNewestWithout() {
		assertThat(this.search.criteria(Map.of("q", this.marker)).order()).isEqualTo(SearchCriteria.Sort.RELEVANCE);
		assertThat(this.search.criteria(Map.of("role", "mlops-engineer")).order())
			.isEqualTo(SearchCriteria.Sort.NEWEST);
		// The oldest posting is the only one saying "deployment": first by relevance,
		// last
		// by date.
		String words = this.marker + " or deployment";
		assertThat(titles(Map.of("q", words))).first().isEqualTo("Senior MLOps Engineer, deployment platform");
		assertThat(titles(Map.of("q", words, "sort", "newest"))).last()
			.isEqualTo("Senior MLOps Engineer, deployment platform");
		assertThat(titles(Map.of("q", this.marker, "type", "permanent-full-time"))).containsExactlyElementsOf(
				titles(Map.of("q", this.marker, "type", "permanent-full-time", "sort", "relevance")));
		assertThat(titles(Map.of("company", "monzo")))
			.containsExactlyElementsOf(titles(Map.of("company", "monzo", "sort", "newest")));
	}

	@Test
	void facetCountsAgreeWithTheResultsTheyLinkTo() {
		SearchResults results = this.search.search(this.search.criteria(Map.of("q", this.marker)),
				JobSearch.Channel.HTML);
		assertThat(results.total()).isEqualTo(4);
		for (Facet facet : results.facets()) {
			for (FacetValue value : facet.values()) {
				assertThat(titles(Map.of("q", this.marker, facet.name(), value.value())))
					.as("%s=%s", facet.name(), value.value())
					.hasSize((int) value.count());
			}
		}
		Facet roles = results.facets().stream().filter((f) -> f.name().equals("role")).findFirst().orElseThrow();
		assertThat(roles.values()).filteredOn((value) -> value.count() > 0)
			.extracting(FacetValue::value, FacetValue::count)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("mlops-engineer", 3L),
					org.assertj.core.groups.Tuple.tuple("machine-learning-engineer", 1L));
	}

	@Test
	void facetsOfAFilterIgnoreThatFilterButApplyTheOthers() {
		SearchResults results = this.search.search(
				this.search.criteria(Map.of("q", this.marker, "role", "mlops-engineer", "workMode", "remote")),
				JobSearch.Channel.HTML);
		assertThat(results.total()).isEqualTo(1);
		Facet roles = results.facets().stream().filter((f) -> f.name().equals("role")).findFirst().orElseThrow();
		assertThat(roles.values()).filteredOn((value) -> value.count() > 0)
			.extracting(FacetValue::value)
			.containsExactly("mlops-engineer");
		Facet modes = results.facets().stream().filter((f) -> f.name().equals("workMode")).findFirst().orElseThrow();
		assertThat(modes.values()).filteredOn((value) -> value.count() > 0)
			.extracting(FacetValue::value)
			.containsExactlyInAnyOrder("hybrid", "remote");
		// Every work mode is listed, the one no posting has with 0, so seekers see why.
		assertThat(modes.values()).extracting(FacetValue::value).containsExactly("on-site", "hybrid", "remote");
	}

	@Test
	void sortsByNewestAndByPayWithDayRatesAnnualised() {
		assertThat(titles(Map.of("q", this.marker, "sort", "newest"))).containsExactly("Junior MLOps Engineer",
				"Contract ML Engineer", "MLOps Engineer", "Senior MLOps Engineer, deployment platform");
		// £800 a day × 220 days = £176,000 a year: above £140,000.
		assertThat(titles(Map.of("q", this.marker, "sort", "pay"))).containsExactly("Contract ML Engineer",
				"Senior MLOps Engineer, deployment platform", "MLOps Engineer", "Junior MLOps Engineer");
	}

	@Test
	void noResultsSuggestsWhichFilterToRelax() throws Exception {
		SearchResults results = this.search.search(
				this.search.criteria(Map.of("q", this.marker, "workMode", "remote", "clearance", "sc")),
				JobSearch.Channel.HTML);
		assertThat(results.total()).isZero();
		assertThat(results.suggestions()).extracting(SearchResults.Suggestion::label)
			.contains("Remove Work mode: Remote", "Remove Security clearance: SC (Security Check)");
		this.mvc.perform(get("/jobs").param("q", this.marker).param("workMode", "remote").param("clearance", "sc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No jobs match this search.")))
			.andExpect(content().string(containsString("Remove Security clearance: SC (Security Check)")))
			.andExpect(content().string(containsString("Remove Work mode: Remote")));
	}

	@Test
	void pagesNeverRepeatOrSkipAPosting() {
		Set<Long> seen = new HashSet<>();
		SearchResults first = this.search.search(this.search.criteria(Map.of()), JobSearch.Channel.HTML);
		int pages = first.lastPage();
		long shown = 0;
		for (int page = 1; page <= Math.min(pages, 5); page++) {
			SearchResults results = this.search.search(this.search.criteria(Map.of("page", String.valueOf(page))),
					JobSearch.Channel.HTML);
			for (PostingSummary item : results.items()) {
				assertThat(seen.add(item.id())).as("posting %d shown twice", item.id()).isTrue();
			}
			shown += results.items().size();
		}
		assertThat(shown).isEqualTo(Math.min(first.total(), 5L * JobSearch.PAGE_SIZE));
	}

	@Test
	void pageLinksHoldTheirPlaceWhileNewPostingsArrive() throws Exception {
		String word = "zp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "cazoo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		Set<String> before = new HashSet<>();
		for (int i = 0; i < JobSearch.PAGE_SIZE + 3; i++) {
			Map<String, String> form = fields("title", "Paging posting " + i, "tags", "", "tools", "", "description",
					"A posting for the paging test, marked " + word + ", with enough words to pass.");
			Map<String, String> full = TestPostings.validForm();
			full.putAll(form);
			before.add("/jobs/" + TestPostings.published(this.mvc, recruiter, admin, full) + "/");
		}
		org.jsoup.nodes.Document first = page("/jobs?q=" + word);
		String next = first.select("a[rel=next]").attr("href");
		assertThat(next).contains("page=2").contains("asOf=");

		Map<String, String> late = TestPostings.validForm();
		late.put("title", "A posting that arrives while you read");
		late.put("description", "It arrives between page one and page two, marked " + word + ", long enough.");
		TestPostings.published(this.mvc, recruiter, admin, late);

		List<String> shown = new ArrayList<>(links(first));
		shown.addAll(links(page(next)));
		assertThat(shown).doesNotHaveDuplicates().hasSize(before.size());
		assertThat(shown.stream().map((href) -> href.replaceAll("[^/]+$", "")).toList())
			.containsExactlyInAnyOrderElementsOf(before);
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "region, atlantis", "workMode, moon", "type, gig", "postedWithin, 2", "page, 0", "page, 101",
			"asOf, yesterday", "visa, maybe", "sort, random", "company, no-such-company" })
	void refusesUnknownValuesWithA400(String name, String value) throws Exception {
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> this.search.criteria(Map.of(name, value)));
		this.mvc.perform(get("/jobs").param(name, value)).andExpect(status().isBadRequest());
	}

	@Test
	void refusesQueriesOverTwoHundredCharactersPolitely() throws Exception {
		this.mvc.perform(get("/jobs").param("q", "a".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("use at most 200 characters")));
		this.mvc.perform(get("/jobs").param("q", "a".repeat(200))).andExpect(status().isOk());
	}

	@Test
	void oddQueriesAreSearchedNotErrors() throws Exception {
		for (String q : List.of("\"", "-", "or", "!!!", "':*", "a & b | c", "(", "\\", "python\u0000", "\u0000",
				"ml\u0007ops")) {
			this.mvc.perform(get("/jobs").param("q", q)).andExpect(status().isOk());
			this.mvc.perform(get("/api/v1/jobs").param("q", q)).andExpect(status().isOk());
			this.mvc.perform(get("/jobs/feed.atom").param("q", q)).andExpect(status().isOk());
		}
	}

	@Test
	void companyPagesListTheirLivePostingsAndRoleGuidesTheNewest() throws Exception {
		this.mvc.perform(get("/companies/booking-com"))
			.andExpect(content().string(containsString("Open jobs at Booking.com")))
			.andExpect(content().string(containsString("Contract ML Engineer")));
		this.mvc.perform(get("/roles/machine-learning-engineer"))
			.andExpect(content().string(containsString("Newest Machine Learning Engineer jobs")))
			.andExpect(content().string(containsString("href=\"/jobs?role=machine-learning-engineer\"")));
	}

	private org.jsoup.nodes.Document page(String url) throws Exception {
		return org.jsoup.Jsoup.parse(
				this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private static List<String> links(org.jsoup.nodes.Document page) {
		return page.select("ol.job-list h2 a").eachAttr("href");
	}

	private List<String> titles(Map<String, String> parameters) {
		return this.search.search(this.search.criteria(parameters), JobSearch.Channel.HTML)
			.items()
			.stream()
			.map(PostingSummary::title)
			.toList();
	}

	private long publish(MockHttpSession recruiter, MockHttpSession admin, Map<String, String> changes)
			throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("tags", "");
		form.put("tools", "");
		form.putAll(changes);
		long id = TestPostings.published(this.mvc, recruiter, admin, form);
		// Published in this order, a second apart, so "newest" has one right answer.
		this.jdbc.update("UPDATE posting SET published_at = now() - make_interval(secs => ?) WHERE id = ?",
				100 - this.made.size(), id);
		this.indexing.awaitCurrent();
		return id;
	}

	private static Map<String, String> fields(String... keysAndValues) {
		Map<String, String> fields = new java.util.LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			fields.put(keysAndValues[i], keysAndValues[i + 1]);
		}
		return fields;
	}

	private String text(String sentence) {
		return sentence + " Marker " + this.marker + ". More words to pass the fifty character minimum.";
	}

}
