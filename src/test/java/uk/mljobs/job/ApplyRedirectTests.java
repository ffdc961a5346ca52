package uk.mljobs.job;

import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.activity.PostingActivity;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Apply goes through {@code /jobs/{id}/apply}, which counts the click and leads to the
 * posting's own destination only: no parameter can send a seeker anywhere else.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplyRedirectTests {

	static final String FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PostingActivity activity;

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	private long web;

	private long email;

	@BeforeAll
	void postings() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
		this.web = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		Map<String, String> byEmail = TestPostings.validForm();
		byEmail.put("howToApply", "ml-jobs+apply@example.com");
		this.email = TestPostings.published(this.mvc, this.recruiter, this.admin, byEmail);
	}

	@Test
	void leadsToThePostingsOwnAddressWhateverTheParametersSay() throws Exception {
		this.mvc
			.perform(get("/jobs/{id}/apply", this.web).param("to", "https://evil.example/")
				.param("url", "https://evil.example/")
				.param("next", "//evil.example")
				.param("redirect", "javascript:alert(1)"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "https://example.com/apply"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(header().stringValues("Referrer-Policy", "no-referrer"))
			.andExpect(header().string("X-Robots-Tag", "noindex, nofollow"));
	}

	@Test
	void anEmailPostingOpensAMailToItsApplyAddress() throws Exception {
		this.mvc.perform(get("/jobs/{id}/apply", this.email).param("to", "mailto:thief@evil.example"))
			.andExpect(status().isSeeOther())
			.andExpect(header().string("Location", "mailto:ml-jobs+apply@example.com"));
	}

	@Test
	void unknownUnpublishedAndMalformedIdsAreErrorPagesNotServerErrors() throws Exception {
		long draft = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		this.mvc.perform(get("/jobs/{id}/apply", draft))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Location"));
		this.mvc.perform(get("/jobs/999999999/apply")).andExpect(status().isNotFound());
		this.mvc.perform(get("/jobs/-1/apply")).andExpect(status().isNotFound());
		for (String id : new String[] { "abc", "1e3", "99999999999999999999", "%20" }) {
			int code = this.mvc.perform(get("/jobs/" + id + "/apply")).andReturn().getResponse().getStatus();
			assertThat(code).as(id).isIn(400, 404);
		}
	}

	@Test
	void aPostingNoLongerTakingApplicationsSaysSo() throws Exception {
		long closed = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		this.mvc.perform(post("/recruiter/postings/{id}/close", closed).with(csrf()).session(this.recruiter));
		this.mvc.perform(get("/jobs/{id}/apply", closed).header("User-Agent", FIREFOX).cookie(new Cookie("jar", "1")))
			.andExpect(status().isGone())
			.andExpect(header().doesNotExist("Location"))
			.andExpect(content().string(containsString("Applications have closed")));
		this.activity.flush();
		assertThat(clicks(closed)).isZero();
	}

	@Test
	void theApplyButtonsLeadThroughTheCountingLinkAndThePageOffersTheCookie() throws Exception {
		String path = this.jdbc.queryForObject(
				"SELECT '/jobs/' || id || '/senior-mlops-engineer' FROM posting " + "WHERE id = ?", String.class,
				this.web);
		MvcResult page = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		String html = page.getResponse().getContentAsString();
		assertThat(html).contains("href=\"/jobs/" + this.web + "/apply\" rel=\"nofollow noopener noreferrer\"")
			.doesNotContain("href=\"https://example.com/apply\"");
		assertThat(html.split("/jobs/" + this.web + "/apply", -1)).as("the facts and the phone's bar").hasSize(3);
		assertThat(page.getResponse().getHeaders("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("jar=1;")
				.contains("Path=/jobs")
				.contains("HttpOnly")
				.contains("SameSite=Lax"));
		// A browser that already has it is not sent it again.
		assertThat(this.mvc.perform(get(path).cookie(new Cookie("jar", "1")))
			.andReturn()
			.getResponse()
			.getHeaders("Set-Cookie")).noneSatisfy((cookie) -> assertThat(cookie).startsWith("jar="));
		// The recruiter's preview counts nothing: Apply goes straight to the employer.
		this.mvc.perform(get("/recruiter/postings/{id}", this.web).session(this.recruiter))
			.andExpect(content().string(containsString("href=\"https://example.com/apply\"")))
			.andExpect(content().string(not(containsString("/jobs/" + this.web + "/apply"))));
		this.mvc.perform(get("/robots.txt")).andExpect(content().string(containsString("Disallow: /jobs/*/apply\n")));
	}

	@Test
	void aClickCountsOnlyFromABrowserThatKeepsCookiesAndIsNotTheRecruiters() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		this.mvc.perform(click(id)).andExpect(status().isSeeOther());
		this.activity.flush();
		assertThat(clicks(id)).isOne();
		this.mvc.perform(get("/jobs/{id}/apply", id).header("User-Agent", "curl/8.5.0").cookie(new Cookie("jar", "1")))
			.andExpect(status().isSeeOther());
		this.activity.flush();
		assertThat(clicks(id)).as("curl").isOne();
		this.mvc.perform(get("/jobs/{id}/apply", id).header("User-Agent", FIREFOX)).andExpect(status().isSeeOther());
		this.activity.flush();
		assertThat(clicks(id)).as("no cookie").isOne();
		this.mvc.perform(click(id).session(this.recruiter)).andExpect(status().isSeeOther());
		this.activity.flush();
		assertThat(clicks(id)).as("own").isOne();
	}

	private static MockHttpServletRequestBuilder click(long id) {
		return get("/jobs/{id}/apply", id).header("User-Agent", FIREFOX).cookie(new Cookie("jar", "1"));
	}

	private long clicks(long id) {
		return this.jdbc.queryForObject(
				"SELECT coalesce(sum(apply_clicks), 0) FROM posting_activity WHERE posting_id = ?", Long.class, id);
	}

}
