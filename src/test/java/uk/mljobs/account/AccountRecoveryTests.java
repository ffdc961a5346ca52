package uk.mljobs.account;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestMail;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestPostings;
import uk.mljobs.system.MailOutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Accounts that prove their address and recover themselves, against real PostgreSQL and a
 * real SMTP server (GreenMail): the confirmation link at sign-up, "Forgot your
 * password?", an admin's reset link and a change of address. Every link works once and
 * for a while.
 */
@IntegrationTest
class AccountRecoveryTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestMail.smtp());

	private static final Pattern VERIFY = Pattern.compile("/account/verify\\?token=([A-Za-z0-9_-]{43})");

	private static final Pattern RESET = Pattern.compile("/login/reset\\?token=([A-Za-z0-9_-]{43})");

	private static final String NEW_PASSWORD = "an entirely different long passphrase";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private TestClock clock;

	@Autowired
	private AccountTokens tokens;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aNewRecruiterConfirmsTheAddressBeforeTheirPostingCanGoToReview() throws Exception {
		String email = TestAccounts.unconfirmedRecruiter(this.mvc, "monzo", false);
		MimeMessage mail = delivered(email, "Confirm your email address");
		assertThat(text(mail)).contains("Confirm my address:");
		assertThat(html(mail)).contains(">Confirm my address</a>");
		String token = find(VERIFY, text(mail)).group(1);

		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter").session(recruiter))
			.andExpect(content().string(containsString("Confirm your email address")));
		long draft = TestPostings.draft(this.mvc, recruiter, TestPostings.validForm());
		this.mvc.perform(get("/recruiter/postings/" + draft).session(recruiter))
			.andExpect(content().string(containsString("first confirm your email address")));
		this.mvc.perform(post("/recruiter/postings/" + draft + "/submit").with(csrf()).session(recruiter))
			.andExpect(status().isConflict());
		assertThat(postingStatus(draft)).isEqualTo("DRAFT");

		// Opening the link (as a mail scanner would) uses nothing; the button does.
		this.mvc.perform(get("/account/verify").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		this.mvc.perform(post("/account/verify").with(csrf()).param("token", token).session(recruiter))
			.andExpect(redirectedUrl("/recruiter"));
		this.mvc.perform(post("/account/verify").with(csrf()).param("token", token)).andExpect(status().isGone());
		TestPostings.submit(this.mvc, recruiter, draft);
		assertThat(postingStatus(draft)).isEqualTo("SUBMITTED");
	}

	@Test
	void aConfirmationLinkRunsOutAfterADayAndANewOneReplacesIt() throws Exception {
		String email = TestAccounts.unconfirmedRecruiter(this.mvc, "monzo", false);
		String first = TestAccounts.mailedToken(this.mvc, email, "/account/verify?token=");
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.mvc.perform(post("/account/verification").with(csrf()).session(recruiter))
			.andExpect(redirectedUrl("/account"));
		String second = TestAccounts.mailedToken(this.mvc, email, "/account/verify?token=");
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get("/account/verify").param("token", first)).andExpect(status().isGone());
		this.clock.advance(Duration.ofHours(25));
		this.mvc.perform(get("/account/verify").param("token", second))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link no longer works")));
		this.mvc.perform(get("/account/verify").param("token", "not-a-token")).andExpect(status().isGone());
	}

	@Test
	void forgottenPasswordIsResetByMailAndEveryOldSessionEnds() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession old = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"/login/forgot\"")));

		String unknown = "nobody-" + UUID.randomUUID() + "@example.com";
		Object forUnknown = forgot(unknown).getFlashMap().get("notice");
		Object forKnown = forgot(email).getFlashMap().get("notice");
		assertThat(String.valueOf(forKnown).replace(email, "x"))
			.isEqualTo(String.valueOf(forUnknown).replace(unknown, "x"));
		assertThat(mailsTo(unknown)).isZero();
		MimeMessage mail = delivered(email, "Reset your password");
		String token = find(RESET, text(mail)).group(1);

		// A refused password leaves the link working.
		this.mvc.perform(get("/login/reset").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		this.mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", "password1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("commonly used passwords")));
		MvcResult reset = this.mvc
			.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/recruiter"))
			.andReturn();
		MockHttpSession signedIn = (MockHttpSession) reset.getRequest().getSession(false);
		this.mvc.perform(get("/recruiter").session(signedIn)).andExpect(status().isOk());
		this.mvc.perform(get("/recruiter").session(old)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD))
			.andExpect(status().isGone());
		TestAccounts.signIn(this.mvc, email, NEW_PASSWORD);
		assertThat(delivered(email, "Your password was changed")).isNotNull();
	}

	@Test
	void aResetLinkWorksForThirtyMinutesAndAskingIsQuietlyLimitedPerAccount() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		forgot(email);
		String token = TestAccounts.mailedToken(this.mvc, email, "/login/reset?token=");
		this.clock.advance(Duration.ofMinutes(31));
		this.mvc.perform(get("/login/reset").param("token", token)).andExpect(status().isGone());
		this.mvc.perform(post("/login/reset").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD))
			.andExpect(status().isGone());
		forgot(email);
		forgot(email);
		// The fourth in the hour gets the same answer, and no mail.
		Object fourth = forgot(email).getFlashMap().get("notice");
		assertThat(String.valueOf(fourth)).contains("If an account uses " + email);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject = 'Reset your password'",
				Integer.class, email))
			.isEqualTo(3);
	}

	@Test
	void anAdminSendsAResetLinkAndTheLogSaysSo() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc.perform(post("/admin/users/" + id + "/reset-link").with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("notice", containsString("reset link sent")));
		assertThat(TestAccounts.mailedToken(this.mvc, email, "/login/reset?token=")).hasSize(43);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM moderation_decision WHERE subject = 'ACCOUNT' AND subject_id = ? AND action = 'RESET_LINK'",
				Integer.class, id))
			.isOne();
	}

	@Test
	void aNewAddressTakesEffectOnlyOnceItIsConfirmedAndTheOldOneIsTold() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		String fresh = "moved-" + UUID.randomUUID() + "@example.com";
		this.mvc
			.perform(post("/account/email").with(csrf())
				.session(recruiter)
				.param("email", fresh)
				.param("password", "not my password at all"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password is not right.")));
		this.mvc
			.perform(post("/account/email").with(csrf())
				.session(recruiter)
				.param("email", fresh)
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/account"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class, email))
			.isOne();
		String token = TestAccounts.mailedToken(this.mvc, fresh, "/account/verify?token=");
		this.mvc.perform(post("/account/verify").with(csrf()).param("token", token).session(recruiter))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class, fresh))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject = 'Your account''s email address changed'",
				Integer.class, email))
			.isOne();
		// Every session ends: the owner signs in again with the new address.
		this.mvc.perform(get("/recruiter").session(recruiter)).andExpect(redirectedUrl("/login?expired"));
		TestAccounts.signIn(this.mvc, fresh, TestAccounts.PASSWORD);
	}

	@Test
	void changingToAnAddressThatHasAnAccountSaysNothingAboutIt() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		String other = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.mvc
			.perform(post("/account/email").with(csrf())
				.session(recruiter)
				.param("email", other)
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("notice", containsString("We have sent a link to " + other)));
		assertThat(this.jdbc.queryForList("SELECT subject FROM mail_outbox WHERE recipient = ? ORDER BY id",
				String.class, other))
			.endsWith("You already have an account");
	}

	@Test
	void usedAndRunOutLinksAreDeletedADayLater() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		forgot(email);
		assertThat(tokens(id)).isEqualTo(2);
		this.clock.advance(Duration.ofHours(23));
		this.tokens.tidy();
		assertThat(tokens(id)).as("used today, or still running").isEqualTo(2);
		this.clock.advance(Duration.ofHours(2));
		this.tokens.tidy();
		assertThat(tokens(id)).isZero();
	}

	@Test
	void aRecruiterDownloadsEverythingHeldAboutThem() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Exported MLOps Engineer");
		TestPostings.draft(this.mvc, recruiter, form);
		MvcResult download = this.mvc.perform(get("/account/export").session(recruiter))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Content-Disposition", containsString("attachment; filename=\"mljobs-account-")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("Cache-Control", "no-store"))
			.andReturn();
		String json = download.getResponse().getContentAsString();
		assertThat(json)
			.contains("\"email\":\"" + email + "\"", "Exported MLOps Engineer", "\"postings\"", "\"mailedLinks\"",
					"\"passkeys\"", "Confirm your email address", "\"jobAlertsOfTheAddress\"", "Argon2 hash")
			.doesNotContain("{argon2}", TestAccounts.PASSWORD, "token_hash");
		this.mvc.perform(get("/account/export")).andExpect(redirectedUrl("/login"));
	}

	private int tokens(long accountId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM account_token WHERE account_id = ?", Integer.class,
				accountId);
	}

	private MvcResult forgot(String email) throws Exception {
		return this.mvc.perform(post("/login/forgot").with(csrf()).param("email", email).with((request) -> {
			request.setRemoteAddr("198.18.9." + (int) (Math.random() * 250));
			return request;
		})).andExpect(redirectedUrl("/login")).andReturn();
	}

	private String postingStatus(long posting) {
		return this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, posting);
	}

	private int mailsTo(String email) {
		return this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Integer.class, email);
	}

	/**
	 * Sends the outbox and returns the newest mail the address received with that
	 * subject.
	 */
	private MimeMessage delivered(String email, String subject) throws Exception {
		while (this.outbox.deliver() > 0) {
			// send everything due
		}
		MimeMessage found = null;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (message.getAllRecipients()[0].toString().equals(email) && subject.equals(message.getSubject())) {
				found = message;
			}
		}
		assertThat(found).as("a mail to " + email + ": " + subject).isNotNull();
		return found;
	}

	private static String text(jakarta.mail.Part part) throws Exception {
		return part("text/plain", part);
	}

	private static String html(jakarta.mail.Part part) throws Exception {
		return part("text/html", part);
	}

	private static String part(String type, jakarta.mail.Part part) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(type, multipart.getBodyPart(i));
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Matcher find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as(pattern + " in " + text).isTrue();
		return matcher;
	}

}
