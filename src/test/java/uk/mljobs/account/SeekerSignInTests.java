package uk.mljobs.account;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Job seekers sign in without a password: a link or a code mailed through the outbox,
 * each working once, for 15 minutes; the code only in the browser that asked. Every
 * address gets the same answer; a recruiter's address gets no code.
 */
@IntegrationTest
class SeekerSignInTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aMailedCodeSignsANewSeekerInAndMakesTheirAccount() throws Exception {
		String email = "new.seeker@example.org";
		MockHttpSession session = ask(email, "10.6.0.1");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Long.class, email))
			.as("no account until the code is used")
			.isZero();
		String page = this.mvc.perform(get("/me/sign-in?sent").session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(page)).contains("We have mailed a link and a code to " + email);
		String body = this.jdbc.queryForObject(
				"SELECT body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1", String.class, email);
		String code = TestAccounts.seekerCode(this.mvc, email);
		assertThat(body).contains(code).contains("15 minutes").contains("/me/sign-in/link?token=");
		MvcResult signedIn = this.mvc
			.perform(post("/me/sign-in/check").session(session)
				.with(csrf())
				.param("token", code.substring(0, 3) + " " + code.substring(3)))
			.andExpect(redirectedUrl("/me"))
			.andReturn();
		MockHttpSession seeker = (MockHttpSession) signedIn.getRequest().getSession(false);
		// (The new session id at sign-in is checked in the browser journey: Spring
		// Session
		// renews it behind MockMvc's session object.)
		this.mvc.perform(get("/me").session(seeker)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT role FROM account WHERE email = ?", String.class, email))
			.isEqualTo("SEEKER");
		assertThat(this.jdbc.queryForObject("SELECT password_hash IS NULL FROM account WHERE email = ?", Boolean.class,
				email))
			.isTrue();
		// Used once: the same code again is refused.
		this.mvc.perform(post("/me/sign-in/check").session(session).with(csrf()).param("token", code))
			.andExpect(redirectedUrl("/me/sign-in?error"));
	}

	@Test
	void theLinkWorksOnceFromAnyBrowserAfterAButtonPress() throws Exception {
		String email = "link.seeker@example.org";
		ask(email, "10.6.0.2");
		String token = TestAccounts.seekerLinkToken(this.mvc, email);
		// Opening the link (a mail scanner does) uses nothing up: it shows a button.
		String page = this.mvc.perform(get("/me/sign-in/link").param("token", token))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(page)).contains("Sign in and see my jobs")
			.as("the page names the account, so nobody signs in to someone else's unawares")
			.contains("l•••@example.org");
		this.mvc.perform(get("/me/sign-in/link").param("token", token)).andExpect(status().isOk());
		// Another browser: no session from the request.
		this.mvc.perform(post("/me/sign-in/check").with(csrf()).param("token", token)).andExpect(redirectedUrl("/me"));
		this.mvc.perform(post("/me/sign-in/check").with(csrf()).param("token", token))
			.andExpect(redirectedUrl("/me/sign-in?expired"));
		this.mvc.perform(get("/me/sign-in/link").param("token", token)).andExpect(status().isGone());
	}

	@Test
	void linkAndCodeExpireAfterFifteenMinutesAndANewRequestReplacesTheOld() throws Exception {
		String email = "slow.seeker@example.org";
		MockHttpSession session = ask(email, "10.6.0.3");
		String firstCode = TestAccounts.seekerCode(this.mvc, email);
		String firstLink = TestAccounts.seekerLinkToken(this.mvc, email);
		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(post("/me/sign-in/check").session(session).with(csrf()).param("token", firstCode))
			.andExpect(redirectedUrl("/me/sign-in?error"));
		this.mvc.perform(post("/me/sign-in/check").with(csrf()).param("token", firstLink))
			.andExpect(redirectedUrl("/me/sign-in?expired"));
		this.clock.reset();
		// A second request replaces the first pair: the first link no longer works.
		MockHttpSession again = ask(email, "10.6.0.3");
		this.mvc.perform(post("/me/sign-in/check").with(csrf()).param("token", firstLink))
			.andExpect(redirectedUrl("/me/sign-in?expired"));
		this.mvc
			.perform(post("/me/sign-in/check").session(again)
				.with(csrf())
				.param("token", TestAccounts.seekerCode(this.mvc, email)))
			.andExpect(redirectedUrl("/me"));
	}

	@Test
	void aCodeWorksOnlyInTheBrowserThatAskedAndFiveWrongTriesKillIt() throws Exception {
		String email = "guessed.seeker@example.org";
		MockHttpSession session = ask(email, "10.6.0.4");
		String code = TestAccounts.seekerCode(this.mvc, email);
		// Another browser typing the right code: it never said which address.
		this.mvc.perform(post("/me/sign-in/check").with(csrf()).param("token", code))
			.andExpect(redirectedUrl("/me/sign-in?error"));
		String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
		for (int i = 0; i < SeekerCodes.TRIES; i++) {
			this.mvc.perform(post("/me/sign-in/check").session(session).with(csrf()).param("token", wrong))
				.andExpect(redirectedUrl("/me/sign-in?error"));
		}
		this.mvc.perform(post("/me/sign-in/check").session(session).with(csrf()).param("token", code))
			.andExpect(redirectedUrl("/me/sign-in?error"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Long.class, email))
			.isZero();
	}

	@Test
	void everyAddressGetsTheSameAnswerAndARecruitersGetsNoCode() throws Exception {
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		long before = this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Long.class,
				recruiter);
		MvcResult forRecruiter = this.mvc.perform(send(recruiter, "10.6.0.5")).andReturn();
		MvcResult forNobody = this.mvc.perform(send("nobody.yet@example.org", "10.6.0.5")).andReturn();
		assertThat(forRecruiter.getResponse().getStatus()).isEqualTo(forNobody.getResponse().getStatus())
			.isEqualTo(302);
		assertThat(forRecruiter.getResponse().getRedirectedUrl()).isEqualTo(forNobody.getResponse().getRedirectedUrl())
			.isEqualTo("/me/sign-in?sent");
		String note = this.jdbc.queryForObject(
				"SELECT subject || ' ' || body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC LIMIT 1",
				String.class, recruiter);
		assertThat(note).contains("recruiter account").doesNotContainPattern("[0-9]{6}");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Long.class, recruiter))
			.isEqualTo(before + 1);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM seeker_sign_in WHERE email = ?", Long.class, recruiter))
			.isZero();
		// A recruiter cannot sign in as a seeker, and a seeker has no password to try.
		TestAccounts.seeker(this.mvc, "no.password@example.org");
		this.mvc.perform(post("/login").with(csrf()).param("username", "no.password@example.org").param("password", ""))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", "no.password@example.org")
				.param("password", "anything at all"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void badAddressesGetTheFormBackAndTheHoursMailsAreRationed() throws Exception {
		for (String bad : new String[] { "", "not an address", "a@b", "x".repeat(250) + "@example.org" }) {
			String page = this.mvc.perform(send(bad, "10.6.0.6"))
				.andExpect(status().isBadRequest())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(PageText.of(page)).containsAnyOf("Enter your email address", "Enter an email address like",
					"at most 254");
		}
		String email = "eager.seeker@example.org";
		for (int i = 0; i < SeekerCodes.PER_ADDRESS_PER_HOUR; i++) {
			this.mvc.perform(send(email, "10.6.1." + i)).andExpect(redirectedUrl("/me/sign-in?sent"));
		}
		String page = this.mvc.perform(send(email, "10.6.1.99"))
			.andExpect(status().isTooManyRequests())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(page)).contains("That address has been sent 5 sign-in mails this hour");
		// Per client as well: one network cannot mail the world.
		for (int i = 0; i < SeekerCodes.PER_CLIENT_PER_HOUR; i++) {
			this.mvc.perform(send("many" + i + "@example.org", "10.6.2.1")).andExpect(status().isFound());
		}
		this.mvc.perform(send("one.more@example.org", "10.6.2.1")).andExpect(status().isTooManyRequests());
	}

	@Test
	void tenWrongCodesADayLeaveTheAddressToItsLinkWhateverTheMails() throws Exception {
		String email = "guessed.daily@example.org";
		for (int mail = 0; mail < 2; mail++) {
			MockHttpSession session = ask(email, "10.6.3." + mail);
			String wrong = String.format("%06d",
					(Integer.parseInt(TestAccounts.seekerCode(this.mvc, email)) + 1) % 1_000_000);
			for (int i = 0; i < SeekerCodes.TRIES; i++) {
				this.mvc.perform(post("/me/sign-in/check").session(session).with(csrf()).param("token", wrong));
			}
		}
		MockHttpSession session = ask(email, "10.6.3.9");
		this.mvc
			.perform(post("/me/sign-in/check").session(session)
				.with(csrf())
				.param("token", TestAccounts.seekerCode(this.mvc, email)))
			// The right code, after ten wrong ones today: refused.
			.andExpect(redirectedUrl("/me/sign-in?error"));
		this.mvc
			.perform(post("/me/sign-in/check").with(csrf())
				.param("token", TestAccounts.seekerLinkToken(this.mvc, email)))
			.andExpect(redirectedUrl("/me"));
	}

	@Test
	void aSeekerIsNotSentOnToARecruitersPageTheyTriedBefore() throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/recruiter").session(session)).andExpect(status().isFound());
		String email = "wandering.seeker@example.org";
		this.mvc.perform(send(email, "10.6.0.8").session(session)).andExpect(redirectedUrl("/me/sign-in?sent"));
		this.mvc
			.perform(post("/me/sign-in/check").session(session)
				.with(csrf())
				.param("token", TestAccounts.seekerCode(this.mvc, email)))
			.andExpect(redirectedUrl("/me"));
	}

	@Test
	void aDisabledSeekerIsNotSignedInAndTheAnswerIsTheSame() throws Exception {
		String email = "stopped.seeker@example.org";
		TestAccounts.seeker(this.mvc, email);
		this.jdbc.update("UPDATE account SET enabled = false WHERE email = ?", email);
		long mails = this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Long.class,
				email);
		this.mvc.perform(send(email, "10.6.0.7")).andExpect(redirectedUrl("/me/sign-in?sent"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE recipient = ?", Long.class, email))
			.isEqualTo(mails);
	}

	private MockHttpSession ask(String email, String client) throws Exception {
		MvcResult result = this.mvc.perform(send(email, client))
			.andExpect(redirectedUrl("/me/sign-in?sent"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static MockHttpServletRequestBuilder send(String email, String client) {
		return post("/me/sign-in/send").with(csrf()).param("email", email).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		});
	}

}
