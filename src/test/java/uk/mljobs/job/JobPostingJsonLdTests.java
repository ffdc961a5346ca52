package uk.mljobs.job;

import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Google for Jobs markup on posting pages: the properties Google requires, right for
 * salaried, contract and fully remote postings, and gone once a posting has ended.
 */
@IntegrationTest
class JobPostingJsonLdTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PostingService postings;

	@Autowired
	private uk.mljobs.job.PostingExpiry expiry;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void permanentPostingHasAnAnnualSalaryAndAnAddressInGreatBritain() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		JsonNode job = jobPosting(id);
		assertThat(job.get("@type").asString()).isEqualTo("JobPosting");
		assertThat(job.get("title").asString()).isEqualTo("Senior MLOps Engineer");
		assertThat(job.get("description").asString()).contains("<strong>MLflow</strong>");
		assertThat(job.get("datePosted").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
		assertThat(job.get("validThrough").asString()).matches("\\d{4}-\\d{2}-\\d{2}T23:59:59[+Z].*");
		assertThat(job.get("employmentType").asString()).isEqualTo("FULL_TIME");
		assertThat(job.at("/hiringOrganization/name").asString()).isEqualTo("Monzo");
		assertThat(job.at("/hiringOrganization/sameAs").asString()).isEqualTo("https://monzo.com");
		assertThat(job.at("/jobLocation/address/addressLocality").asString()).isEqualTo("London");
		assertThat(job.at("/jobLocation/address/addressRegion").asString()).isEqualTo("England");
		assertThat(job.at("/jobLocation/address/addressCountry").asString()).isEqualTo("GB");
		assertThat(job.has("jobLocationType")).isFalse();
		assertThat(job.at("/hiringOrganization/@type").asString()).isEqualTo("Organization");
		assertThat(job.at("/jobLocation/@type").asString()).isEqualTo("Place");
		assertThat(job.at("/jobLocation/address/@type").asString()).isEqualTo("PostalAddress");
		assertThat(job.at("/baseSalary/@type").asString()).isEqualTo("MonetaryAmount");
		assertThat(job.at("/baseSalary/value/@type").asString()).isEqualTo("QuantitativeValue");
		assertThat(job.at("/identifier/@type").asString()).isEqualTo("PropertyValue");
		assertThat(job.at("/baseSalary/currency").asString()).isEqualTo("GBP");
		assertThat(job.at("/baseSalary/value/minValue").asInt()).isEqualTo(110000);
		assertThat(job.at("/baseSalary/value/maxValue").asInt()).isEqualTo(140000);
		assertThat(job.at("/baseSalary/value/unitText").asString()).isEqualTo("YEAR");
		assertThat(job.at("/identifier/value").asString()).isEqualTo(String.valueOf(id));
		assertThat(job.get("directApply").asBoolean()).isFalse();
		assertThat(job.at("/hiringOrganization").has("logo")).as("Monzo has no logo on file").isFalse();
	}

	@Test
	void anEmployerWithoutAWebsiteOnFileIsNamedWithoutOne() throws Exception {
		MockHttpSession cazoo = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "cazoo", false),
				TestAccounts.PASSWORD);
		JsonNode job = jobPosting(TestPostings.published(this.mvc, cazoo, this.admin, TestPostings.validForm()));
		assertThat(job.at("/hiringOrganization/name").asString()).isEqualTo("Cazoo");
		assertThat(job.at("/hiringOrganization").has("sameAs")).as("never our own page instead").isFalse();
		assertThat(job.toString()).doesNotContain("/companies/cazoo");
	}

	@Test
	void theRegionIsTheNationTheTownIsInOrNothing() throws Exception {
		Map<String, String> where = Map.of("edinburgh", "Scotland", "cardiff", "Wales", "belfast", "Northern Ireland",
				"cambridge", "England");
		for (Map.Entry<String, String> town : where.entrySet()) {
			Map<String, String> form = TestPostings.validForm();
			form.put("town", town.getKey());
			JsonNode job = jobPosting(TestPostings.published(this.mvc, this.recruiter, this.admin, form));
			assertThat(job.at("/jobLocation/address/addressRegion").asString()).as(town.getKey())
				.isEqualTo(town.getValue());
		}
		// A town an admin adds is in "Rest of UK", which is no place: no region is said.
		String name = "Nationless " + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
		this.mvc
			.perform(post("/admin/companies/towns").with(csrf())
				.session(this.admin)
				.param("name", name)
				.param("region", "rest-of-uk")
				.param("latitude", "51.6")
				.param("longitude", "-1.4"))
			.andExpect(status().is3xxRedirection());
		Map<String, String> form = TestPostings.validForm();
		form.put("town", this.jdbc.queryForObject("SELECT slug FROM town WHERE name = ?", String.class, name));
		JsonNode job = jobPosting(TestPostings.published(this.mvc, this.recruiter, this.admin, form));
		assertThat(job.at("/jobLocation/address/addressLocality").asString()).isEqualTo(name);
		assertThat(job.at("/jobLocation/address").has("addressRegion")).isFalse();
		assertThat(job.toString()).doesNotContain("Rest of UK");
	}

	@Test
	void theCompanysLogoGoesWithItWhenThereIsOne() throws Exception {
		this.jdbc.update("UPDATE company SET logo_url = 'https://monzo.example/logo.png' WHERE slug = 'monzo'");
		try {
			JsonNode job = jobPosting(
					TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm()));
			assertThat(job.at("/hiringOrganization/logo").asString()).isEqualTo("https://monzo.example/logo.png");
		}
		finally {
			this.jdbc.update("UPDATE company SET logo_url = NULL WHERE slug = 'monzo'");
		}
	}

	@Test
	void contractPostingIsPaidByTheDay() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("employmentType", "CONTRACT");
		form.put("ir35", "OUTSIDE");
		form.put("payMin", "600");
		form.put("payMax", "750");
		JsonNode job = jobPosting(TestPostings.published(this.mvc, this.recruiter, this.admin, form));
		assertThat(job.get("employmentType").asString()).isEqualTo("CONTRACTOR");
		assertThat(job.at("/baseSalary/value/unitText").asString()).isEqualTo("DAY");
		assertThat(job.at("/baseSalary/value/minValue").asInt()).isEqualTo(600);
	}

	@Test
	void fullyRemotePostingIsTelecommuteForApplicantsInTheUk() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("workMode", "REMOTE");
		JsonNode job = jobPosting(TestPostings.published(this.mvc, this.recruiter, this.admin, form));
		assertThat(job.get("jobLocationType").asString()).isEqualTo("TELECOMMUTE");
		assertThat(job.at("/applicantLocationRequirements/@type").asString()).isEqualTo("Country");
		assertThat(job.at("/applicantLocationRequirements/name").asString()).isEqualTo("United Kingdom");
		assertThat(job.has("jobLocation")).isFalse();
	}

	@Test
	void endedPostingsDropTheMarkup() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		this.clock.advance(Duration.ofDays(40));
		this.expiry.expireDue();
		assertThat(scripts(id)).isEmpty();
	}

	@Test
	void closedAndFilledPostingsDropTheMarkupToo() throws Exception {
		for (String outcome : new String[] { "closed", "filled" }) {
			long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
			assertThat(scripts(id)).hasSize(1);
			this.mvc
				.perform(post("/recruiter/postings/" + id + "/close").with(csrf())
					.session(this.recruiter)
					.param("outcome", outcome))
				.andExpect(status().is3xxRedirection());
			assertThat(scripts(id)).as(outcome).isEmpty();
		}
	}

	private JsonNode jobPosting(long id) throws Exception {
		assertThat(scripts(id)).hasSize(1);
		return JsonMapper.builder().build().readTree(scripts(id).get(0).data());
	}

	/** The page's JobPosting blocks (its breadcrumbs are another block). */
	private java.util.List<Element> scripts(long id) throws Exception {
		String path = this.mvc.perform(get("/jobs/" + id)).andReturn().getResponse().getRedirectedUrl();
		String html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
		return Jsoup.parse(html)
			.select("script[type=application/ld+json]")
			.stream()
			.filter((script) -> script.data().contains("\"@type\":\"JobPosting\""))
			.toList();
	}

}
