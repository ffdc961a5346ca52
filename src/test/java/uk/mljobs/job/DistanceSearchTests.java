package uk.mljobs.job;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.market.Market;
import uk.mljobs.market.TownView;
import uk.mljobs.search.SearchIndexing;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searching within a distance of a town: which postings are in, in what order, with
 * remote ones when asked for, and what a search too narrow offers instead. Distances were
 * worked out by hand from the towns' coordinates (haversine, mean Earth radius 3,958.8
 * miles).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistanceSearchTests {

	private final String marker = "zd" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JobSearch search;

	@Autowired
	private Market market;

	@Autowired
	private SearchIndexing indexing;

	@BeforeAll
	void postings() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		for (String town : List.of("manchester", "salford", "stockport", "wigan", "liverpool", "leeds")) {
			publish(recruiter, admin, "Engineer in " + town, town, "HYBRID");
		}
		publish(recruiter, admin, "Remote engineer based in cambridge", "cambridge", "REMOTE");
		this.indexing.awaitCurrent();
	}

	@Test
	void milesAreMeasuredBetweenTownCentres() {
		TownView manchester = town("manchester");
		assertThat(manchester.milesTo(town("salford"))).isCloseTo(2.01, within(0.01));
		assertThat(manchester.milesTo(town("stockport"))).isCloseTo(5.98, within(0.01));
		assertThat(manchester.milesTo(town("wigan"))).isCloseTo(16.62, within(0.01));
		assertThat(manchester.milesTo(town("liverpool"))).isCloseTo(31.22, within(0.01));
		assertThat(manchester.milesTo(town("leeds"))).isCloseTo(36.00, within(0.01));
		assertThat(manchester.milesTo(town("cambridge"))).isCloseTo(132.28, within(0.01));
		assertThat(manchester.milesTo(manchester)).isZero();
	}

	@Test
	void withinADistanceFindsTheTownsInItNearestFirst() {
		assertThat(towns("near", "manchester", "within", "5")).containsExactly("manchester", "salford");
		assertThat(towns("near", "manchester", "within", "10")).containsExactly("manchester", "salford", "stockport");
		assertThat(towns("near", "manchester", "within", "25")).containsExactly("manchester", "salford", "stockport",
				"wigan");
		assertThat(towns("near", "manchester", "within", "50")).containsExactly("manchester", "salford", "stockport",
				"wigan", "liverpool", "leeds");
		// 25 miles unless said otherwise.
		assertThat(towns("near", "manchester")).hasSize(4);
		// Remote postings from further away come last, when asked for.
		assertThat(towns("near", "manchester", "within", "10", "remote", "yes")).containsExactly("manchester",
				"salford", "stockport", "cambridge");
		// Other orders still apply within the distance.
		// Leeds is 65 miles from Liverpool.
		assertThat(towns("near", "liverpool", "within", "50", "sort", "newest")).containsExactly("liverpool", "wigan",
				"stockport", "salford", "manchester");
	}

	@Test
	void aSearchTooNarrowOffersTheNextDistanceThatFindsJobsAndRemoteOnes() throws Exception {
		SearchResults none = results("near", "leeds", "within", "5", "workMode", "hybrid", "q", this.marker);
		assertThat(none.total()).isOne();
		SearchResults empty = results("near", "liverpool", "within", "5", "q", this.marker + " engineer", "type",
				"permanent-full-time", "workMode", "remote");
		assertThat(empty.total()).as(empty.items() + " " + empty.understood() + " " + empty.criteria()).isZero();
		SearchResults narrow = results("near", "bolton", "within", "5");
		assertThat(narrow.total()).isZero();
		Map<String, Long> offered = new java.util.LinkedHashMap<>();
		narrow.suggestions().forEach((s) -> offered.put(s.label(), s.count()));
		// Within 10 miles of Bolton: Salford (8.4) and Wigan (8.7); not Manchester
		// (10.1).
		assertThat(offered).containsEntry("Within 10 miles instead of 5", 2L).containsEntry("Include remote jobs", 1L);
		assertThat(results("near", "bolton", "within", "10").total()).isEqualTo(2);
		Document page = Jsoup
			.parse(this.mvc.perform(get("/jobs").param("q", this.marker).param("near", "bolton").param("within", "5"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page.select(".relaxations a").eachText()).contains("Within 10 miles instead of 5 → 2 jobs",
				"Include remote jobs → 1 job");
		assertThat(page.selectFirst("select#near option[selected]").val()).isEqualTo("bolton");
		assertThat(page.selectFirst("select#within option[selected]").val()).isEqualTo("5");
	}

	@Test
	void badDistancesAreClearFourHundreds() throws Exception {
		this.mvc.perform(get("/api/v1/jobs").param("near", "atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("near")));
		this.mvc.perform(get("/api/v1/jobs").param("near", "leeds").param("within", "7"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("5, 10, 25, 50, 100")));
		this.mvc.perform(get("/api/v1/jobs").param("q", this.marker).param("near", "leeds").param("within", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	private TownView town(String slug) {
		return this.market.towns().stream().filter((t) -> t.slug().equals(slug)).findFirst().orElseThrow();
	}

	private SearchResults results(String... namesAndValues) {
		return this.search.search(
				this.search.criteriaOf(uk.mljobs.support.SearchParameters.of(this.marker, namesAndValues)),
				JobSearch.Channel.HTML);
	}

	/** The towns of the results, in order, from the titles they were posted with. */
	private List<String> towns(String... namesAndValues) {
		return results(namesAndValues).items().stream().map((job) -> job.title().replaceAll("^.* ", "")).toList();
	}

	private void publish(MockHttpSession recruiter, MockHttpSession admin, String title, String town, String mode)
			throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("tags", "");
		form.put("tools", "");
		form.put("title", title);
		form.put("town", town);
		form.put("region", "rest-of-uk");
		form.put("workMode", mode);
		form.put("description", "Platform work for a team. Marker " + this.marker
				+ ". More words to pass the fifty character minimum.");
		TestPostings.published(this.mvc, recruiter, admin, form);
		// Published a second apart, oldest first, so "newest" has one right answer.
		Thread.sleep(5);
	}

}
