package uk.mljobs.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import uk.mljobs.job.SearchResults.Facet;
import uk.mljobs.job.SearchResults.FacetValue;
import uk.mljobs.search.SearchIndexing;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Searches that forgive: several values of one filter, every value of a short filter
 * shown (greyed when impossible), no dead ends when nothing matches, and pay typed as
 * people type it. Postings carry a marker word of this run, as in {@link JobSearchTests}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForgivingSearchTests {

	private final String marker = "zf" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	/** The postings spelling and places are tried on. */
	private final String other = "zg" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JobSearch search;

	@Autowired
	private SearchIndexing indexing;

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	@BeforeAll
	void postings() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
		publish("Remote MLOps Engineer", "workMode", "REMOTE", "payMin", "70000", "payMax", "90000");
		publish("Hybrid MLOps Engineer", "workMode", "HYBRID", "payMin", "80000", "payMax", "100000");
		publish("Contract ML Engineer", "role", "machine-learning-engineer", "workMode", "REMOTE", "employmentType",
				"CONTRACT", "ir35", "INSIDE", "payMin", "550", "payMax", "650");
		publish("Fixed-term ML Engineer", "role", "machine-learning-engineer", "workMode", "HYBRID", "employmentType",
				"FIXED_TERM", "payMin", "60000", "payMax", "75000");
		publishAs(this.other, "Kubernetes Platform Engineer", "town", "manchester", "region", "rest-of-uk");
		publishAs(this.other, "PyTorch Research Engineer", "town", "manchester", "region", "rest-of-uk");
		publishAs(this.other, "MLflow Tracking Engineer", "town", "manchester", "region", "rest-of-uk");
		publishAs(this.other, "Machine Learning Engineer", "town", "manchester", "region", "rest-of-uk");
		this.indexing.awaitCurrent();
	}

	@Test
	void misspeltWordsAreCorrectedWithALinkToTheSearchAsTyped() throws Exception {
		Map<String, String> typos = Map.of("kuberntes", "kubernetes", "pytorh", "pytorch", "mlflw", "mlflow",
				"machine lerning", "machine learning", "kubrnetis", "kubernetes");
		typos.forEach((typed, meant) -> {
			SearchResults results = results(params("q", this.other + " " + typed));
			assertThat(results.understood()).as(typed).isNotNull();
			assertThat(results.understood().q()).isEqualTo(this.other + " " + meant);
			assertThat(results.total()).as(typed).isPositive();
		});
		Document page = page("/jobs?q=" + this.other + " kuberntes");
		Element line = page.selectFirst("p.understood");
		assertThat(line.text()).startsWith("Showing results for " + this.other + " kubernetes;")
			.contains("search instead for " + this.other + " kuberntes");
		assertThat(titles(line.select("a").get(0).attr("href"))).contains("Kubernetes Platform Engineer");
		String asTyped = line.select("a").get(1).attr("href");
		assertThat(asTyped).contains("asTyped=yes");
		assertThat(page(asTyped).select("ol.job-list li")).isEmpty();
	}

	@Test
	void correctionsKeepToTheirDistanceAndTheFirstLetter() {
		// Two edits in a word of six letters, the first letter changed, or a word under
		// four letters: taken as typed.
		for (String typed : List.of("pytrh", "bytorch", "kubernetex9", "mlf")) {
			SearchResults results = results(params("q", this.other + " " + typed));
			assertThat(results.understood()).as(typed).isNull();
			assertThat(results.total()).as(typed).isZero();
		}
	}

	@Test
	void placesAndOtherFilterWordsBecomeFilters() throws Exception {
		SearchResults london = results(params("q", this.marker + " london"));
		assertThat(london.understood().q()).isEqualTo(this.marker);
		assertThat(london.understood().filters()).containsExactly("London");
		assertThat(london.criteria().values("town")).containsExactly("london");
		assertThat(london.total()).isEqualTo(4);
		// Nothing is outside IR35: the filters stay, and the page says what would help.
		SearchResults contract = results(params("q", this.marker + " contract outside ir35"));
		assertThat(contract.understood().filters()).containsExactly("Contract", "Outside IR35");
		assertThat(contract.total()).isZero();
		assertThat(contract.suggestions()).extracting(SearchResults.Suggestion::label, SearchResults.Suggestion::count)
			.contains(org.assertj.core.groups.Tuple.tuple("Remove IR35: Outside IR35", 1L));
		SearchResults senior = results(params("q", "senior " + this.other + " manchester"));
		assertThat(senior.understood().filters()).containsExactly("Senior", "Manchester");
		assertThat(senior.total()).isEqualTo(4);
		// "uk" narrows nothing: every job here is in the UK.
		assertThat(results(params("q", this.marker + " uk")).total()).isEqualTo(4);
	}

	@Test
	void filterWordsThatAlsoMatchTextAreOfferedAsFilters() throws Exception {
		SearchResults results = results(params("q", this.marker + " remote"));
		assertThat(results.understood()).isNull();
		assertThat(results.total()).isEqualTo(4);
		assertThat(results.offers()).extracting(SearchResults.Suggestion::label, SearchResults.Suggestion::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Filter by Remote", 2L));
		Element offer = page("/jobs?q=" + this.marker + " remote").selectFirst(".offers a");
		assertThat(offer.text()).isEqualTo("Filter by Remote? 2 jobs");
		assertThat(titles(offer.attr("href"))).containsExactlyInAnyOrder("Remote MLOps Engineer",
				"Contract ML Engineer");
	}

	@Test
	void severalValuesOfOneFilterFindAnyOfThemAndEveryFilterStillApplies() {
		assertThat(titles(params("workMode", "remote", "workMode", "hybrid"))).containsExactlyInAnyOrder(
				"Remote MLOps Engineer", "Hybrid MLOps Engineer", "Contract ML Engineer", "Fixed-term ML Engineer");
		assertThat(titles(params("type", "contract", "type", "fixed-term")))
			.containsExactlyInAnyOrder("Contract ML Engineer", "Fixed-term ML Engineer");
		assertThat(titles(params("type", "contract", "type", "fixed-term", "workMode", "hybrid")))
			.containsExactly("Fixed-term ML Engineer");
		assertThat(titles(params("role", "mlops-engineer", "role", "machine-learning-engineer", "workMode", "remote")))
			.containsExactlyInAnyOrder("Remote MLOps Engineer", "Contract ML Engineer");
	}

	@Test
	void eachCountIsWhatChoosingThatValueAloneWouldFind() {
		MultiValueMap<String, String> chosen = params("workMode", "remote", "workMode", "hybrid", "type",
				"permanent-full-time");
		SearchResults results = results(chosen);
		assertThat(results.total()).isEqualTo(2);
		for (Facet facet : results.facets()) {
			if (!List.of("workMode", "type", "role").contains(facet.name())) {
				continue;
			}
			for (FacetValue value : facet.values()) {
				MultiValueMap<String, String> alone = new LinkedMultiValueMap<>(chosen);
				alone.put(facet.name(), List.of(value.value()));
				assertThat(value.count()).as(facet.name() + "=" + value.value()).isEqualTo(results(alone).total());
			}
		}
	}

	@Test
	void everyValueOfAShortFilterIsShownAndImpossibleOnesAreGreyed() throws Exception {
		Document page = page("/jobs?q=" + this.marker + "&workMode=remote&workMode=hybrid");
		Element onSite = page.selectFirst("input[name=workMode][value=on-site]");
		assertThat(onSite).isNotNull();
		assertThat(onSite.hasAttr("disabled")).isTrue();
		assertThat(page.select("input[name=workMode][checked]").eachAttr("value")).containsExactlyInAnyOrder("remote",
				"hybrid");
		// A chosen value is always there, even when nothing matches it any more.
		Document none = page("/jobs?q=" + this.marker + "&workMode=on-site&clearance=dv");
		assertThat(none.select("input[name=workMode][checked]").eachAttr("value")).containsExactly("on-site");
		assertThat(none.select("input[name=clearance][checked]").eachAttr("value")).containsExactly("dv");
	}

	@Test
	void noResultsOffersEverySingleChangeThatFindsSomeWithTrueCounts() throws Exception {
		String nonsense = "qzxv" + this.marker.substring(2, 6);
		SearchResults results = results(params("q", this.marker + " " + nonsense, "workMode", "remote"));
		assertThat(results.total()).isZero();
		Map<String, Long> offered = new LinkedHashMap<>();
		results.suggestions().forEach((s) -> offered.put(s.label(), s.count()));
		assertThat(offered).containsEntry("Leave out the word “" + nonsense + "”", 2L)
			.doesNotContainKey("Remove Work mode: Remote");
		assertThat(results.suggestions())
			.isSortedAccordingTo(java.util.Comparator.comparingLong(SearchResults.Suggestion::count).reversed());
		SearchResults contract = results(params("q", this.marker, "workMode", "remote", "ir35", "outside"));
		assertThat(contract.total()).isZero();
		assertThat(contract.suggestions()).extracting(SearchResults.Suggestion::label, SearchResults.Suggestion::count)
			.contains(org.assertj.core.groups.Tuple.tuple("Remove IR35: Outside IR35", 2L));
		// The page keeps its filters and links each change.
		Document page = page("/jobs?q=" + this.marker + "&workMode=remote&ir35=outside");
		assertThat(page.select("input[name=workMode][value=remote]").hasAttr("checked")).isTrue();
		Element link = page.select(".relaxations a")
			.stream()
			.filter((a) -> a.text().startsWith("Remove IR35: Outside IR35"))
			.findFirst()
			.orElseThrow();
		assertThat(link.text()).endsWith("→ 2 jobs");
		assertThat(titles(link.attr("href"))).hasSize(2);
	}

	@Test
	void minimumPayIsReadAsTypedAndGarbageComesBackOnTheForm() throws Exception {
		assertThat(titles(params("q", this.marker, "minPay", "95k"))).containsExactly("Hybrid MLOps Engineer");
		assertThat(titles(params("q", this.marker, "minPay", "£95,000"))).containsExactly("Hybrid MLOps Engineer");
		assertThat(titles(params("q", this.marker, "minPay", "600 a day"))).containsExactly("Contract ML Engineer");
		Document page = this.mvcPage(get("/jobs").param("q", this.marker).param("minPay", "lots"));
		assertThat(page.selectFirst("#minPay-error").text()).contains("Enter pay as a salary");
		assertThat(page.selectFirst("#minPay").val()).isEqualTo("lots");
		assertThat(page.selectFirst("#minPay").attr("aria-invalid")).isEqualTo("true");
		// The rest of the search still runs.
		assertThat(page.select("ol.job-list > li")).hasSize(4);
		this.mvc.perform(get("/api/v1/jobs").param("minPay", "lots"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("minPay")));
		this.mvc.perform(get("/api/v1/jobs").param("q", this.marker).param("minPay", "95k"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1));
	}

	@Test
	void theApiAndTheFeedTakeRepeatedParameters() throws Exception {
		this.mvc
			.perform(get("/api/v1/jobs").param("q", this.marker).param("type", "contract").param("type", "fixed-term"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2));
		this.mvc.perform(
				get("/jobs/feed.atom").param("q", this.marker).param("type", "contract").param("type", "fixed-term"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Contract ML Engineer")))
			.andExpect(content().string(containsString("Fixed-term ML Engineer")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Remote MLOps Engineer"))));
		// Too many values of one filter is a clear 400, not work.
		org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder many = get("/api/v1/jobs");
		for (int i = 0; i < 21; i++) {
			many.param("skill", "s" + i);
		}
		this.mvc.perform(many)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("at most 20")));
	}

	private MultiValueMap<String, String> params(String... namesAndValues) {
		return uk.mljobs.support.SearchParameters.of(this.marker, namesAndValues);
	}

	private SearchResults results(MultiValueMap<String, String> parameters) {
		return this.search.search(this.search.criteriaOf(parameters), JobSearch.Channel.HTML);
	}

	private List<String> titles(MultiValueMap<String, String> parameters) {
		return results(parameters).items().stream().map(PostingSummary::title).toList();
	}

	private List<String> titles(String href) throws Exception {
		return page(href).select("ol.job-list h2 a").eachText();
	}

	/** A page by its address as links write it, percent-encoded. */
	private Document page(String url) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(java.net.URI.create(url.replace(" ", "%20"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private Document mvcPage(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private void publish(String title, String... changes) throws Exception {
		publishAs(this.marker, title, changes);
	}

	private void publishAs(String marker, String title, String... changes) throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("tags", "");
		form.put("tools", "");
		form.put("title", title);
		form.put("description", "A role on our platform team, hybrid or remote. Marker " + marker
				+ ". More words to pass the fifty character minimum.");
		for (int i = 0; i < changes.length; i += 2) {
			form.put(changes[i], changes[i + 1]);
		}
		TestPostings.published(this.mvc, this.recruiter, this.admin, form);
	}

}
