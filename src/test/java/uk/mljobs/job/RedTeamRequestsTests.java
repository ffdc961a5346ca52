package uk.mljobs.job;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The requests a red-team pass sent that gave a 500, a false answer or a forged line
 * (issue 15, section 6). Each one now gets a clear answer and stores nothing
 * half-written.
 */
@IntegrationTest
class RedTeamRequestsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private MockHttpSession recruiter;

	@BeforeEach
	void signIn() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "deliveroo", false),
				TestAccounts.PASSWORD);
	}

	@Test
	void anUpperCaseSchemeIsAnAddressLikeAnyOther() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("howToApply", "HTTPS://Careers.Example.com/Jobs/4821");
		long id = TestPostings.draft(this.mvc, this.recruiter, form);
		assertThat(this.jdbc.queryForObject("SELECT apply_url FROM posting WHERE id = ?", String.class, id))
			.isEqualTo("https://careers.example.com/Jobs/4821");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tools[x]", "tools[-1]", "tools[]", "title[0]" })
	void aListIndexThatIsNotANumberIsA400(String name) throws Exception {
		int before = postings();
		this.mvc
			.perform(TestPostings.submitForm("/recruiter/postings", TestPostings.validForm())
				.param(name, "kubernetes")
				.session(this.recruiter))
			.andExpect(status().isBadRequest());
		assertThat(postings()).isEqualTo(before);
	}

	@Test
	void anotherRecruitersIdempotencyKeyIsAStaleFormNotTheirPosting() throws Exception {
		Map<String, String> theirs = TestPostings.validForm();
		long theirPosting = TestPostings.draft(this.mvc, this.recruiter, theirs);
		MockHttpSession other = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		Map<String, String> mine = TestPostings.validForm();
		mine.put("idempotencyKey", theirs.get("idempotencyKey"));
		mine.put("title", "Someone else's key");
		int before = postings();
		this.mvc.perform(TestPostings.submitForm("/recruiter/postings", mine).session(other))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This form has expired")))
			// A fresh key, so sending the form again works.
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(theirs.get("idempotencyKey")))));
		assertThat(postings()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("SELECT title FROM posting WHERE id = ?", String.class, theirPosting))
			.isEqualTo(theirs.get("title"));
	}

	@Test
	void theErrorPathAskedForDirectlyIsNotFound() throws Exception {
		this.mvc.perform(get("/error").accept("text/html")).andExpect(status().isNotFound());
		this.mvc.perform(get("/error").accept("application/json")).andExpect(status().isNotFound());
	}

	@Test
	void lineBreaksInATitleBecomeSpaces() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "ML Engineer\r\nFrom: admin@mljobs.uk\nApproved");
		long id = TestPostings.draft(this.mvc, this.recruiter, form);
		assertThat(this.jdbc.queryForObject("SELECT title FROM posting WHERE id = ?", String.class, id))
			.isEqualTo("ML Engineer From: admin@mljobs.uk Approved");
	}

	@Test
	void tagsAreFoldedOnceTheSameWayJavaAndPostgresqlRead() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		// U+A7C0 is newer than Java 17's Unicode; PostgreSQL lower-cases it, Java does
		// not.
		form.put("tags", "\uA7C0, ＭＬＯｐｓ, Feature Store");
		long id = TestPostings.draft(this.mvc, this.recruiter, form);
		assertThat(this.jdbc.queryForList("SELECT tag FROM posting_tag WHERE posting_id = ? ORDER BY tag", String.class,
				id))
			.containsExactly("feature store", "mlops", "\uA7C0");
	}

	@Test
	void anEmailJavaCannotLowerCaseSignsUpAndNamesOneAccount() throws Exception {
		String email = "\uA7C0" + UUID.randomUUID() + "@example.com";
		this.mvc.perform(post("/register").with(csrf())
			.param("email", email)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "Unicode\r\nRecruiter")
			.param("company", "monzo")
			.param("agency", "false")
			.with((request) -> {
				request.setRemoteAddr("198.18.0." + (int) (Math.random() * 250));
				return request;
			})).andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("SELECT name FROM account WHERE email = ?", String.class, email))
			.isEqualTo("Unicode Recruiter");
		// Full-width letters are the same mailbox as their plain spelling.
		String plain = "wide-" + UUID.randomUUID() + "@example.com";
		String wide = plain.replace("wide", "ｗｉｄｅ");
		TestAccounts.recruiter(this.mvc, "monzo", false);
		this.mvc.perform(post("/register").with(csrf())
			.param("email", plain)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "Plain")
			.param("company", "monzo")
			.param("agency", "false")
			.with((request) -> {
				request.setRemoteAddr("198.18.1." + (int) (Math.random() * 250));
				return request;
			})).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/register").with(csrf())
			.param("email", wide)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "Wide")
			.param("company", "monzo")
			.param("agency", "false")
			.with((request) -> {
				request.setRemoteAddr("198.18.2." + (int) (Math.random() * 250));
				return request;
			}));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email IN (?, ?)", Integer.class, plain,
				wide))
			.isOne();
	}

	private int postings() {
		return this.jdbc.queryForObject("SELECT count(*) FROM posting", Integer.class);
	}

}
