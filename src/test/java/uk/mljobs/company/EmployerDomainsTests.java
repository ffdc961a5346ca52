package uk.mljobs.company;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Verified employers: an admin sets a company's email domains; a recruiter whose
 * confirmed address is on one of them, posting directly, is shown as a verified employer
 * on the posting's page, its search card and in the API. Anyone else, and every agency,
 * is not.
 */
@IntegrationTest
class EmployerDomainsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private uk.mljobs.search.SearchIndexing indexing;

	@AfterEach
	void takeAwayDomains() {
		this.jdbc.update("DELETE FROM company_email_domain");
	}

	@Test
	void aRecruiterOnTheCompanysDomainIsAVerifiedEmployerEverywhereThePostingShows() throws Exception {
		long monzo = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc
			.perform(post("/admin/companies/" + monzo + "/domains").with(csrf())
				.session(admin)
				.param("domains", "Monzo.com\n@monzo.co.uk"))
			.andExpect(redirectedUrl("/admin/companies/" + monzo));
		assertThat(this.jdbc.queryForList(
				"SELECT domain FROM company_email_domain WHERE company_id = ? ORDER BY domain", String.class, monzo))
			.containsExactly("monzo.co.uk", "monzo.com");

		String insider = "ana-" + UUID.randomUUID() + "@monzo.com";
		TestAccounts.signUp(this.mvc, insider, "monzo", false);
		TestAccounts.confirmAddress(this.mvc, insider);
		java.util.Map<String, String> form = TestPostings.validForm();
		form.put("title", "Verified Employer MLOps Engineer");
		long verified = TestPostings.published(this.mvc, TestAccounts.signIn(this.mvc, insider, TestAccounts.PASSWORD),
				admin, form);
		java.util.Map<String, String> other = TestPostings.validForm();
		other.put("title", "Unverified Employer MLOps Engineer");
		long unverified = TestPostings.published(this.mvc,
				TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false), TestAccounts.PASSWORD),
				admin, other);

		this.mvc.perform(get("/jobs/" + verified + "/verified-employer-mlops-engineer"))
			.andExpect(content().string(allOf(containsString("Verified employer"),
					containsString("confirmed work email is on Monzo’s own domain"))));
		this.mvc.perform(get("/jobs/" + unverified + "/unverified-employer-mlops-engineer"))
			.andExpect(content().string(not(containsString("tag-verified"))));
		this.indexing.awaitCurrent();
		this.mvc.perform(get("/jobs").param("q", "\"Verified Employer MLOps Engineer\""))
			.andExpect(content().string(allOf(containsString("Verified Employer MLOps Engineer"),
					containsString("class=\"tag tag-verified\""))));
		this.mvc.perform(get("/api/v1/jobs").param("q", "\"Verified Employer MLOps Engineer\""))
			.andExpect(jsonPath("$.items[0].verifiedEmployer").value(true));
		this.mvc.perform(get("/api/v1/jobs/" + verified)).andExpect(jsonPath("$.verifiedEmployer").value(true));
		this.mvc.perform(get("/api/v1/jobs/" + unverified)).andExpect(jsonPath("$.verifiedEmployer").value(false));
		this.mvc.perform(get("/recruiter").session(TestAccounts.signIn(this.mvc, insider, TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void freeMailAndMalformedDomainsAreRefusedByName() throws Exception {
		long monzo = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		this.mvc
			.perform(post("/admin/companies/" + monzo + "/domains").with(csrf())
				.session(TestAccounts.admin(this.mvc))
				.param("domains", "gmail.com, not a domain, monzo.com"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("gmail.com is a free-mail provider"),
					containsString("is not a domain like example.com"))));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM company_email_domain", Integer.class)).isZero();
	}

}
