package uk.mljobs.account;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-up: what it accepts, what it refuses and how it says so.
 */
@IntegrationTest
class RegistrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void signsUpARecruiterWithANormalisedEmailAndAnArgon2Hash() throws Exception {
		String local = "Mixed.Case-" + UUID.randomUUID();
		this.mvc.perform(signUp("  " + local + "@Example.COM ", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login"));
		String email = local.toLowerCase() + "@example.com";
		assertThat(this.jdbc.queryForMap("SELECT role, password_hash, agency FROM account WHERE email = ?", email))
			.containsEntry("role", "RECRUITER")
			.containsEntry("agency", false)
			.hasEntrySatisfying("password_hash",
					(hash) -> assertThat(hash.toString()).startsWith("{argon2}").doesNotContain(TestAccounts.PASSWORD));
		TestAccounts.signIn(this.mvc, email.toUpperCase(), TestAccounts.PASSWORD);
	}

	@Test
	void anEmailIsOneAccountWhateverItsCaseAndSignUpDoesNotSayItIsTaken() throws Exception {
		String email = "dup-" + UUID.randomUUID() + "@example.com";
		Object first = this.mvc.perform(signUp(email, TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getFlashMap()
			.get("notice");
		String hash = this.jdbc.queryForObject("SELECT password_hash FROM account WHERE email = ?", String.class,
				email);
		Object second = this.mvc.perform(signUp(email.toUpperCase(), "another long unusual passphrase"))
			.andExpect(redirectedUrl("/login"))
			.andReturn()
			.getFlashMap()
			.get("notice");
		// The same answer for a new address and a registered one; the mails differ.
		assertThat(second).isEqualTo(first);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class, email))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT password_hash FROM account WHERE email = ?", String.class, email))
			.isEqualTo(hash);
		assertThat(this.jdbc.queryForList("SELECT subject FROM mail_outbox WHERE recipient = ? ORDER BY id",
				String.class, email))
			.containsExactly("Confirm your email address", "You already have an account");
	}

	@ParameterizedTest
	@ValueSource(strings = { "short pass", "passwordpassword", "123456789012", "qwertyuiopasdfgh" })
	void refusesShortAndCommonPasswords(String password) throws Exception {
		String email = "weak-" + UUID.randomUUID() + "@example.com";
		this.mvc.perform(signUp(email, password))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"password-error\"")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class, email))
			.isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "twelve chars", "0123456789012345678901234567890123456789012345678901234567890123",
			"ünïcödé påsswörd with ëmoji 🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀🚀" })
	void acceptsLongAndUnicodePasswordsWithoutCompositionRules(String password) throws Exception {
		String email = "long-" + UUID.randomUUID() + "@example.com";
		this.mvc.perform(signUp(email, password)).andExpect(redirectedUrl("/login"));
		TestAccounts.signIn(this.mvc, email, password);
	}

	@Test
	void refusesPasswordsLongerThan128Characters() throws Exception {
		this.mvc.perform(signUp("huge-" + UUID.randomUUID() + "@example.com", "x".repeat(129)))
			.andExpect(content().string(containsString("Use at most 128 characters.")));
	}

	@Test
	void aProposedCompanyWaitsForAnAdminAndThenTheRecruiterCanPost() throws Exception {
		String email = "proposer-" + UUID.randomUUID() + "@example.com";
		String company = "Proposed Labs " + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(signUp(email, TestAccounts.PASSWORD, "propose").param("proposedCompanyName", company)
				.param("proposedCompanyWebsite", "https://proposed.example"))
			.andExpect(redirectedUrl("/login"));
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter").session(recruiter))
			.andExpect(content().string(containsString("is waiting for an admin to approve it")));
		long proposal = this.jdbc.queryForObject("SELECT id FROM company_proposal WHERE name = ?", Long.class, company);

		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc.perform(get("/admin/moderation").session(admin)).andExpect(content().string(containsString(company)));
		this.mvc
			.perform(post("/admin/companies/proposals/" + proposal + "/approve").with(csrf())
				.session(admin)
				.param("sector", "atlantis"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/admin/companies/proposals/" + proposal + "/approve").with(csrf())
				.session(admin)
				.param("sector", "financial-services"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/recruiter").session(recruiter))
			.andExpect(content().string(containsString("Post a new opening")));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM moderation_decision WHERE subject = 'COMPANY' AND subject_id = ?", Integer.class,
				proposal))
			.isEqualTo(1);
		// Other tests count the documents' eleven companies: take this one away again.
		Long companyId = this.jdbc.queryForObject("SELECT company_id FROM company_proposal WHERE id = ?", Long.class,
				proposal);
		this.jdbc.update("DELETE FROM account WHERE email = ?", email);
		this.jdbc.update("DELETE FROM company_proposal WHERE id = ?", proposal);
		this.jdbc.update("DELETE FROM company WHERE id = ?", companyId);
	}

	@Test
	void aMissingCompanyNameOrTamperedChoicesComeBackAsFieldErrors() throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("email", "x-" + UUID.randomUUID() + "@example.com")
				.param("password", TestAccounts.PASSWORD)
				.param("name", "X")
				.param("company", "propose")
				.param("agency", "perhaps"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"proposedCompanyName-error\"")))
			.andExpect(content().string(containsString("id=\"agency-error\"")));
		this.mvc.perform(signUp("y-" + UUID.randomUUID() + "@example.com", TestAccounts.PASSWORD).param("company",
				"no-such-company"))
			.andExpect(content().string(containsString("Choose a company from the list")));
		this.mvc.perform(signUp("not-an-email", TestAccounts.PASSWORD))
			.andExpect(content().string(containsString("Enter an email address like name@example.com.")));
	}

	@Test
	void signUpsFromOneAddressAreLimited() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(
					signUp("burst-" + UUID.randomUUID() + "@example.com", TestAccounts.PASSWORD).with((request) -> {
						request.setRemoteAddr("192.0.2.77");
						return request;
					}))
				.andExpect(redirectedUrl("/login"));
		}
		this.mvc
			.perform(signUp("burst-" + UUID.randomUUID() + "@example.com", TestAccounts.PASSWORD).with((request) -> {
				request.setRemoteAddr("192.0.2.77");
				return request;
			}))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("Too many new accounts")));
	}

	@Test
	void invalidSignUpsCountAgainstTheAddressToo() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(signUp("not-an-email", TestAccounts.PASSWORD).with((request) -> {
				request.setRemoteAddr("192.0.2.78");
				return request;
			})).andExpect(status().isOk());
		}
		this.mvc
			.perform(signUp("probe-" + UUID.randomUUID() + "@example.com", TestAccounts.PASSWORD).with((request) -> {
				request.setRemoteAddr("192.0.2.78");
				return request;
			}))
			.andExpect(status().isTooManyRequests());
	}

	private MockHttpServletRequestBuilder signUp(String email, String password) {
		return signUp(email, password, "monzo");
	}

	private MockHttpServletRequestBuilder signUp(String email, String password, String company) {
		return post("/register").with(csrf()).with((request) -> {
			if ("127.0.0.1".equals(request.getRemoteAddr())) {
				request.setRemoteAddr("198.51.100." + (int) (Math.random() * 250));
			}
			return request;
		})
			.param("email", email)
			.param("password", password)
			.param("name", "Test Recruiter")
			.param("company", company)
			.param("agency", "false");
	}

}
