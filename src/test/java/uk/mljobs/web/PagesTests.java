package uk.mljobs.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.job.JobSearch;
import uk.mljobs.job.PostingSummary;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The home page and the error pages every feature relies on.
 */
@IntegrationTest
class PagesTests {

	@Autowired
	private uk.mljobs.search.SearchIndexing indexing;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JobSearch search;

	@Test
	void homeShowsBothRoleGuidesHeadlinePayAndCompanies() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name(HomeController.VIEW_HOME))
			.andExpect(model().attribute("cards", hasSize(2)))
			.andExpect(model().attribute("companies", hasSize(11)))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(allOf(containsString("href=\"/roles/mlops-engineer\""),
					containsString("href=\"/roles/machine-learning-engineer\""),
					containsString("£38,000 to £200,000+ by level and region"),
					containsString("Median £70,000, typically £50,000–£105,000"), containsString("Booking.com"))));
	}

	@Test
	void homeSearchesJobsByWhatAndWhereAndListsTheNewest() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "deliveroo", false),
				TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Home page newest MLOps role");
		TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);

		Document home = Jsoup.parse(this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		Element search = home.selectFirst("form[role=search]");
		assertThat(search.attr("action")).isEqualTo("/jobs");
		assertThat(search.attr("method")).isEqualTo("get");
		assertThat(search.select("input[name=q]")).hasSize(1);
		assertThat(search.select("select[name=region] option").eachAttr("value")).contains("", "london");
		assertThat(home.select("#live-postings-title").text()).isEqualTo("Newest jobs");
		// The newest live postings, as search reads them (other tests publish too, some
		// with their clocks moved on), ours among them.
		assertThat(home.select(".live-postings .job-card h3 a").eachAttr("href"))
			.containsExactlyElementsOf(this.search.newest(null, null, 6).stream().map(PostingSummary::path).toList());

		// Every popular search is a search the jobs page accepts.
		List<String> quick = home.select(".quick-searches a").eachAttr("href");
		assertThat(quick).hasSize(6).contains("/jobs?role=mlops-engineer", "/jobs?workMode=remote");
		for (String href : quick) {
			this.mvc.perform(get(href)).andExpect(status().isOk());
		}
		this.mvc.perform(get("/jobs").param("q", "mlops").param("region", "")).andExpect(status().isOk());
	}

	@Test
	void everyPageHasOneLayoutWithLanguageCanonicalLinkAndSkipLink() throws Exception {
		for (String path : new String[] { "/", "/roles", "/roles/mlops-engineer", "/salaries", "/companies",
				"/companies/arm" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"en-GB\">"),
						containsString("<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\">"),
						containsString("href=\"#main\""), containsString("<main id=\"main\""),
						matchesPattern("(?s).*href=\"/css/site-[0-9a-f]{32}\\.css\".*"), not(containsString("th:")))));
		}
	}

	@Test
	void filteredPagesHaveOneCanonicalAddressWhateverTheParametersOrder() throws Exception {
		this.mvc.perform(get("/salaries?role=mlops-engineer&utm_source=newsletter&region=london&window=12"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<link rel=\"canonical\" "
					+ "href=\"http://localhost:8080/salaries?region=london&amp;role=mlops-engineer&amp;window=12\">")));
		// A search's filters make no page of their own (SearchFormsForCrawlersTests).
		this.mvc.perform(get("/jobs?role=mlops-engineer&utm_source=newsletter&q=python&page=1"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("<link rel=\"canonical\" href=\"http://localhost:8080/jobs\">")));
	}

	@Test
	void theSiteHasItsOwnIcon() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(matchesPattern(
					"(?s).*<link rel=\"icon\" type=\"image/svg\\+xml\" href=\"/favicon-[0-9a-f]{32}\\.svg\">.*")));
		this.mvc.perform(get("/favicon.svg"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		this.mvc.perform(get("/favicon.ico")).andExpect(status().isMovedPermanently());
	}

	@Test
	void unknownPathIsA404PageInTheLayout() throws Exception {
		this.mvc.perform(get("/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(allOf(containsString("We could not find that page"),
					containsString("href=\"/roles\""), not(containsString("Exception")))));
	}

	@Test
	void wrongMethodIsA405PageNotA500() throws Exception {
		this.mvc.perform(post("/salaries").with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(view().name("error/error"));
	}

	@Test
	void stylesheetIsServedByTheApp() throws Exception {
		this.mvc.perform(get("/css/site.css"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
	}

	@Test
	void healthIsUp() throws Exception {
		// The search index is built at start-up; until then search reports PostgreSQL
		// standing in.
		assertThat(this.indexing.awaitReady(java.time.Duration.ofSeconds(30))).isTrue();
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

}
