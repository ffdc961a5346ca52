package uk.mljobs.web;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * What search engines read beside the page: the site and its search on the home page,
 * employers named by their own websites, and a breadcrumb trail on every deep page.
 */
@IntegrationTest
class StructuredDataTests {

	private static final String BASE = "http://localhost:8080";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theHomePageOffersTheJobSearchToSearchEngines() throws Exception {
		JsonNode site = block("/", "WebSite");
		assertThat(site.get("url").asString()).isEqualTo(BASE + "/");
		assertThat(site.get("name").asString()).isEqualTo("MLJobs UK");
		assertThat(site.at("/potentialAction/@type").asString()).isEqualTo("SearchAction");
		assertThat(site.at("/potentialAction/target/urlTemplate").asString())
			.isEqualTo(BASE + "/jobs?q={search_term_string}");
		assertThat(site.at("/potentialAction/query-input").asString()).isEqualTo("required name=search_term_string");
	}

	@Test
	void anEmployerIsNamedByItsOwnWebsiteOrByNone() throws Exception {
		JsonNode monzo = block("/companies/monzo", "Organization");
		assertThat(monzo.get("url").asString()).isEqualTo("https://monzo.com");
		assertThat(monzo.get("sameAs").get(0).asString()).isEqualTo("https://monzo.com");
		assertThat(monzo.get("mainEntityOfPage").asString()).isEqualTo(BASE + "/companies/monzo");
		JsonNode cazoo = block("/companies/cazoo", "Organization");
		assertThat(cazoo.has("url")).isFalse();
		assertThat(cazoo.has("sameAs")).isFalse();
		// Every other employer the guides list has its official site (V43).
		List<Map<String, Object>> seeded = this.jdbc.queryForList("SELECT slug, website FROM company WHERE slug IN "
				+ "('monzo', 'deliveroo', 'arm', 'tesco-technology', 'lloyds-banking-group', 'ocado-technology', "
				+ "'booking-com', 'gchq-ncsc', 'bt-group-ai-labs', 'natwest-group', 'cazoo')");
		assertThat(seeded).hasSize(11)
			.allMatch((company) -> "cazoo".equals(company.get("slug")) ? company.get("website") == null
					: String.valueOf(company.get("website")).startsWith("https://"));
	}

	@Test
	void deepPagesCarryTheirTrailFromTheHomePage() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "arm", false),
				TestAccounts.PASSWORD);
		long id = TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), TestPostings.validForm());
		String posting = this.mvc.perform(get("/jobs/" + id)).andReturn().getResponse().getRedirectedUrl();
		Map<String, List<String>> trails = Map.of("/roles/mlops-engineer",
				List.of("Home", "/", "Role guides", "/roles", "MLOps Engineer", "/roles/mlops-engineer"),
				"/roles/machine-learning-engineer/skills-check",
				List.of("Home", "/", "Role guides", "/roles", "Machine Learning Engineer",
						"/roles/machine-learning-engineer", "Skills check",
						"/roles/machine-learning-engineer/skills-check"),
				"/companies/arm", List.of("Home", "/", "Companies", "/companies", "Arm", "/companies/arm"), "/salaries",
				List.of("Home", "/", "Salaries", "/salaries"), "/salaries/checker",
				List.of("Home", "/", "Salaries", "/salaries", "Salary checker", "/salaries/checker"), posting,
				List.of("Home", "/", "Jobs", "/jobs", "Senior MLOps Engineer", posting));
		for (Map.Entry<String, List<String>> page : trails.entrySet()) {
			JsonNode list = block(page.getKey(), "BreadcrumbList");
			List<String> trail = new java.util.ArrayList<>();
			for (int i = 0; i < list.get("itemListElement").size(); i++) {
				JsonNode item = list.get("itemListElement").get(i);
				assertThat(item.get("@type").asString()).isEqualTo("ListItem");
				assertThat(item.get("position").asInt()).as(page.getKey()).isEqualTo(i + 1);
				trail.add(item.get("name").asString());
				trail.add(item.get("item").asString().substring(BASE.length()));
			}
			assertThat(trail).as(page.getKey()).isEqualTo(page.getValue());
		}
		// The plain pages at the top have no trail to show.
		assertThat(blocks("/")).noneMatch((block) -> block.get("@type").asString().equals("BreadcrumbList"));
	}

	private JsonNode block(String path, String type) throws Exception {
		List<JsonNode> found = blocks(path).stream()
			.filter((block) -> block.get("@type").asString().equals(type))
			.toList();
		assertThat(found).as(type + " on " + path).hasSize(1);
		return found.get(0);
	}

	private List<JsonNode> blocks(String path) throws Exception {
		String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html)
			.select("script[type=application/ld+json]")
			.stream()
			.map((script) -> JSON.readTree(script.data()))
			.toList();
	}

}
