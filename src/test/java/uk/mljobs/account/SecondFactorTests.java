package uk.mljobs.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two factors: admins give a mailed code (or a passkey, in the browser journey) after the
 * password on every admin page and actuator endpoint; a recruiter may ask for the same.
 * The codes are bound to the session that gave the password, die after five tries or ten
 * minutes, and are rationed per hour.
 */
@IntegrationTest
class SecondFactorTests {

	/** Sent to the second-factor page, which offers a code and a passkey. */
	private static final ResultMatcher TO_FACTOR_PAGE = (result) -> assertThat(result.getResponse().getRedirectedUrl())
		.startsWith("/login/second-factor?factor.type=ott&factor.type=webauthn");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@Autowired
	private AccountTokens tokens;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anAdminWithOnlyAPasswordIsAskedForASecondFactorOnAdminPagesAndActuator() throws Exception {
		MockHttpSession session = TestAccounts.signIn(this.mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
		for (String path : new String[] { "/admin/moderation", "/admin/users", "/actuator/metrics",
				"/actuator/info" }) {
			this.mvc.perform(get(path).session(session)).andExpect(TO_FACTOR_PAGE);
		}
		this.mvc.perform(post("/admin/users/1/disable").session(session).with(csrf())).andExpect(TO_FACTOR_PAGE);
		// Health stays open to probes, and public pages need nothing more.
		this.mvc.perform(get("/actuator/health").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/jobs").session(session)).andExpect(status().isOk());
		String page = this.mvc.perform(get("/login/second-factor").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(page)).contains("Confirm it is you").contains(TestAccounts.ADMIN_EMAIL);
	}

	@Test
	void theMailedCodeTakesTheAdminBackToWhereTheyWereGoing() throws Exception {
		MockHttpSession session = TestAccounts.signIn(this.mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isFound());
		TestAccounts.forgetCodeLimit(this.mvc, TestAccounts.ADMIN_EMAIL);
		this.mvc.perform(post("/login/second-factor/code").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login/second-factor?sent"));
		String code = TestAccounts.mailedCode(this.mvc, TestAccounts.ADMIN_EMAIL);
		assertThat(code).matches("[0-9]{6}");
		assertThat(this.jdbc.queryForObject(
				"SELECT body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", String.class,
				TestAccounts.ADMIN_EMAIL))
			.contains(code)
			.contains("10 minutes");
		// Spaces, as people type a code read off a phone, do not matter.
		MvcResult result = this.mvc
			.perform(post("/login/code").session(session)
				.with(csrf())
				.param("token", code.substring(0, 3) + " " + code.substring(3)))
			.andExpect(status().isFound())
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).contains("/admin/users");
		MockHttpSession twoFactors = (MockHttpSession) result.getRequest().getSession(false);
		this.mvc.perform(get("/admin/users").session(twoFactors)).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/metrics").session(twoFactors)).andExpect(status().isOk());
		// Single use: the same code again is refused.
		this.mvc.perform(post("/login/code").session(twoFactors).with(csrf()).param("token", code))
			.andExpect(redirectedUrl("/login/second-factor?error"));
		this.mvc.perform(get("/admin/users").session(twoFactors)).andExpect(status().isOk());
	}

	@Test
	void fiveWrongCodesKillTheCodeButNotTheSession() throws Exception {
		MockHttpSession session = TestAccounts.signIn(this.mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
		TestAccounts.forgetCodeLimit(this.mvc, TestAccounts.ADMIN_EMAIL);
		this.mvc.perform(post("/login/second-factor/code").session(session).with(csrf()));
		String code = TestAccounts.mailedCode(this.mvc, TestAccounts.ADMIN_EMAIL);
		String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
		for (int i = 0; i < EmailCodes.TRIES; i++) {
			this.mvc.perform(post("/login/code").session(session).with(csrf()).param("token", wrong))
				.andExpect(redirectedUrl("/login/second-factor?error"));
		}
		this.mvc.perform(post("/login/code").session(session).with(csrf()).param("token", code))
			.andExpect(redirectedUrl("/login/second-factor?error"));
		this.mvc.perform(get("/admin/users").session(session)).andExpect(TO_FACTOR_PAGE);
		// Still signed in with the password: a new code works.
		this.mvc.perform(get("/login/second-factor").session(session)).andExpect(status().isOk());
		TestAccounts.secondFactor(this.mvc, session, TestAccounts.ADMIN_EMAIL);
		this.mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
	}

	@Test
	void aCodeIsOnlyGoodInTheSessionOfTheAccountItWasMailedTo() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession theirs = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(post("/login/second-factor/code").session(theirs).with(csrf()))
			.andExpect(redirectedUrl("/login/second-factor?sent"));
		String theirCode = TestAccounts.mailedCode(this.mvc, recruiter);
		MockHttpSession admin = TestAccounts.signIn(this.mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
		this.mvc.perform(post("/login/code").session(admin).with(csrf()).param("token", theirCode))
			.andExpect(redirectedUrl("/login/second-factor?error"));
		this.mvc.perform(get("/admin/users").session(admin)).andExpect(TO_FACTOR_PAGE);
		// Without a password first there is no one to mail a code to, and nothing to
		// give.
		this.mvc.perform(post("/login/second-factor/code").with(csrf())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/login/code").with(csrf()).param("token", theirCode))
			.andExpect(redirectedUrl("/login/second-factor?error"));
		// Their code still works for them.
		this.mvc.perform(post("/login/code").session(theirs).with(csrf()).param("token", theirCode))
			.andExpect(redirectedUrl("/account/security"));
	}

	@Test
	void aCodeLastsTenMinutes() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(post("/login/second-factor/code").session(session).with(csrf()));
		String code = TestAccounts.mailedCode(this.mvc, recruiter);
		this.clock.advance(Duration.ofMinutes(10).plusSeconds(1));
		this.mvc.perform(post("/login/code").session(session).with(csrf()).param("token", code))
			.andExpect(redirectedUrl("/login/second-factor?error"));
		// Housekeeping deletes what ran out.
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, recruiter);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM sign_in_code WHERE account_id = ?", Integer.class, id))
			.isOne();
		this.tokens.tidy();
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM sign_in_code WHERE account_id = ?", Integer.class, id))
			.isZero();
	}

	@Test
	void aDisabledAccountCannotFinishWithACode() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(post("/login/second-factor/code").session(session).with(csrf()));
		String code = TestAccounts.mailedCode(this.mvc, recruiter);
		this.jdbc.update("UPDATE account SET enabled = false WHERE email = ?", recruiter);
		this.mvc.perform(post("/login/code").session(session).with(csrf()).param("token", code))
			.andExpect(redirectedUrl("/login/second-factor?error"));
	}

	@Test
	void codesAreRationedPerHour() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		for (int i = 0; i < EmailCodes.CODES_PER_HOUR; i++) {
			this.mvc.perform(post("/login/second-factor/code").session(session).with(csrf()))
				.andExpect(redirectedUrl("/login/second-factor?sent"));
		}
		String page = this.mvc.perform(post("/login/second-factor/code").session(session).with(csrf()))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(page)).contains("codes this hour");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Your sign-in code:%'",
				Integer.class, recruiter))
			.isEqualTo(EmailCodes.CODES_PER_HOUR);
	}

	@Test
	void aRecruiterAtAnAdminPageGetsAPlain403NotACodeRequest() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(get("/admin/moderation").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/actuator/metrics").session(session)).andExpect(status().isForbidden());
		TestAccounts.secondFactor(this.mvc, session, recruiter);
		this.mvc.perform(get("/admin/moderation").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void aRecruiterWhoTurnsOnTwoStepSignInIsAskedForItEveryTime() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		String page = this.mvc.perform(get("/account/security").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(page)).contains("Off: your password alone signs you in")
			.contains("Confirm with a mailed code first");
		// Changing it takes the second factor first.
		this.mvc.perform(post("/account/security/two-factor").session(session).with(csrf()).param("required", "true"))
			.andExpect(redirectedUrl("/account/security/confirm"));
		this.mvc.perform(get("/account/security/confirm").session(session)).andExpect(TO_FACTOR_PAGE);
		assertThat(this.jdbc.queryForObject("SELECT two_factor FROM account WHERE email = ?", Boolean.class, recruiter))
			.isFalse();
		TestAccounts.secondFactor(this.mvc, session, recruiter);
		this.mvc.perform(post("/account/security/two-factor").session(session).with(csrf()).param("required", "true"))
			.andExpect(redirectedUrl("/account/security"));
		assertThat(this.jdbc.queryForObject("SELECT two_factor FROM account WHERE email = ?", Boolean.class, recruiter))
			.isTrue();

		// The next sign-in stops at the second factor, for the dashboard and account
		// alike.
		MockHttpSession next = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter").session(next)).andExpect(TO_FACTOR_PAGE);
		this.mvc.perform(get("/account").session(next)).andExpect(TO_FACTOR_PAGE);
		TestAccounts.secondFactor(this.mvc, next, recruiter);
		this.mvc.perform(get("/recruiter").session(next)).andExpect(status().isOk());

		// Turned off again, the password is enough.
		this.mvc.perform(post("/account/security/two-factor").session(next).with(csrf()).param("required", "false"))
			.andExpect(redirectedUrl("/account/security"));
		MockHttpSession third = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter").session(third)).andExpect(status().isOk());
	}

	@Test
	void anAdminCannotTurnTheSecondFactorOff() throws Exception {
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc.perform(post("/account/security/two-factor").session(admin).with(csrf()).param("required", "false"))
			.andExpect(redirectedUrl("/account/security"));
		MockHttpSession next = TestAccounts.signIn(this.mvc, TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
		this.mvc.perform(get("/admin/moderation").session(next)).andExpect(TO_FACTOR_PAGE);
	}

	@Test
	void passkeyRegistrationNeedsASecondFactorAndAnswersBadInputWith400() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(
				post("/webauthn/register").session(session).with(csrf()).contentType("application/json").content("{}"))
			.andExpect(TO_FACTOR_PAGE);
		TestAccounts.secondFactor(this.mvc, session, recruiter);
		for (String body : new String[] { "{}", "not json", "{\"publicKey\":{\"label\":\"x\",\"credential\":{}}}" }) {
			this.mvc
				.perform(post("/webauthn/register").session(session)
					.with(csrf())
					.contentType("application/json")
					.content(body))
				.andExpect(status().isBadRequest());
		}
		// Options for a ceremony, then an answer that was never signed by an
		// authenticator.
		this.mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andExpect(status().isOk());
		this.mvc
			.perform(
					post("/webauthn/register").session(session).with(csrf()).contentType("application/json").content("""
							{"publicKey":{"label":"Forged","credential":{"id":"AAAA","rawId":"AAAA","type":"public-key",
							"response":{"attestationObject":"AAAA","clientDataJSON":"AAAA","transports":[]},
							"clientExtensionResults":{},"authenticatorAttachment":"platform"}}}"""))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_credentials c JOIN user_entities u "
				+ "ON u.id = c.user_entity_user_id WHERE u.name = ?", Integer.class, recruiter))
			.isZero();
	}

	@Test
	void passkeysFollowTheAccountToANewAddressAndGoWithIt() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		// As Spring Security stores one (the ceremony itself is the browser journey's).
		String userId = base64Url("user-" + UUID.randomUUID());
		this.jdbc.update("INSERT INTO user_entities (id, name, display_name) VALUES (?, ?, ?)", userId, email, email);
		this.jdbc
			.update("""
					INSERT INTO user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
					    uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type,
					    backup_state, created, last_used, label)
					VALUES (?, ?, '\\x00'::bytea, 0, true, false, 'internal', 'public-key', false, now(), now(), 'Phone')""",
					base64Url("cred-" + userId), userId);
		String page = this.mvc.perform(get("/account/security").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(page)).contains("Phone").contains("Not yet");
		assertThat(PageText.of(this.mvc.perform(get("/login/second-factor").session(session))
			.andReturn()
			.getResponse()
			.getContentAsString())).contains("Use a passkey");

		String fresh = "moved-" + UUID.randomUUID() + "@example.com";
		this.mvc
			.perform(post("/account/email").with(csrf())
				.session(session)
				.param("email", fresh)
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/account"));
		String token = TestAccounts.mailedToken(this.mvc, fresh, "/account/verify?token=");
		this.mvc.perform(post("/account/verify").with(csrf()).param("token", token));
		assertThat(this.jdbc.queryForObject("SELECT name FROM user_entities WHERE id = ?", String.class, userId))
			.isEqualTo(fresh);

		MockHttpSession again = TestAccounts.signIn(this.mvc, fresh, TestAccounts.PASSWORD);
		this.mvc.perform(post("/account/delete").with(csrf()).session(again).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_entities WHERE id = ?", Integer.class, userId))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_credentials WHERE user_entity_user_id = ?",
				Integer.class, userId))
			.isZero();
	}

	@Test
	void aRecruiterCannotRemoveSomeoneElsesPasskey() throws Exception {
		String owner = TestAccounts.recruiter(this.mvc, "monzo", false);
		String userId = base64Url("user-" + UUID.randomUUID());
		this.jdbc.update("INSERT INTO user_entities (id, name, display_name) VALUES (?, ?, ?)", userId, owner, owner);
		String credential = base64Url("cred-" + userId);
		this.jdbc.update("""
				INSERT INTO user_credentials (credential_id, user_entity_user_id, public_key, signature_count,
				    uv_initialized, backup_eligible, authenticator_transports, public_key_credential_type,
				    backup_state, created, last_used, label)
				VALUES (?, ?, '\\x00'::bytea, 0, true, false, 'internal', 'public-key', false, now(), now(), 'Key')""",
				credential, userId);
		String other = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = TestAccounts.signIn(this.mvc, other, TestAccounts.PASSWORD);
		this.mvc.perform(post("/account/security/passkeys/" + credential + "/delete").with(csrf()).session(session))
			.andExpect(redirectedUrl("/account/security"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_credentials WHERE credential_id = ?",
				Integer.class, credential))
			.isOne();
		// Spring Security's own delete endpoint refuses it too.
		this.mvc.perform(delete("/webauthn/register/" + credential).with(csrf()).session(session))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(302, 403));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_credentials WHERE credential_id = ?",
				Integer.class, credential))
			.isOne();
	}

	/** Ids as Spring Security keeps them: base64url without padding. */
	private static String base64Url(String value) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(value.getBytes(StandardCharsets.UTF_8));
	}

}
