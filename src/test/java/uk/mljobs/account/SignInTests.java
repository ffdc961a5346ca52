package uk.mljobs.account;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.MockMvcSessions;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signing in and out, and the throttle on guessing.
 */
@IntegrationTest
class SignInTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void signingInChangesTheSessionIdAndLandsOnTheDashboard() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession session = new MockHttpSession();
		// The sign-in form's CSRF token starts a session, stored in PostgreSQL.
		this.mvc.perform(get("/login").session(session)).andExpect(status().isOk());
		String idBefore = MockMvcSessions.storedSessionId(session);
		assertThat(idBefore).isNotNull();
		this.mvc.perform(login(email, TestAccounts.PASSWORD, "203.0.113.1").session(session))
			.andExpect(redirectedUrl("/recruiter"));
		String idAfter = MockMvcSessions.storedSessionId(session);
		assertThat(idAfter).isNotEqualTo(idBefore);
		assertThat(this.jdbc.queryForList("SELECT session_id FROM spring_session WHERE principal_name = ?",
				String.class, email))
			.as("the signed-in session is stored under the new id only")
			.containsExactly(idAfter);
	}

	@Test
	void unknownAccountAndWrongPasswordGetTheSameAnswer() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		this.mvc.perform(login(email, "not the right password", "203.0.113.2"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(login("nobody-" + email, "not the right password", "203.0.113.3"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void controlCharactersInTheAddressAreDroppedAsFormsDropThem() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		// A NUL reaching PostgreSQL would fail the lookup with an error, not a sign-in.
		this.mvc.perform(login("\u0000" + email.replace("@", "\u0007@"), TestAccounts.PASSWORD, "203.0.113.4"))
			.andExpect(redirectedUrl("/recruiter"));
	}

	@Test
	void fiveFailuresForOneAccountPauseItsSignInsEvenWithTheRightPassword() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login(email, "wrong password " + i, "203.0.113." + (10 + i)))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login(email, TestAccounts.PASSWORD, "203.0.113.20"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));

		this.clock.advance(Duration.ofMinutes(16));
		this.mvc.perform(login(email, TestAccounts.PASSWORD, "203.0.113.21")).andExpect(redirectedUrl("/recruiter"));
	}

	@Test
	void oneAddressGuessingManyAccountsIsPausedToo() throws Exception {
		for (int i = 0; i < 20; i++) {
			this.mvc.perform(login("guess-" + i + "@example.com", "wrong password", "198.18.0.1"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(login("guess-21@example.com", "wrong password", "198.18.0.1"))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void signOutIsAPostWithAToken() throws Exception {
		MockHttpSession session = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
		this.mvc.perform(get("/recruiter").session(session)).andExpect(status().isOk());
		this.mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/?signed-out"));
		this.mvc.perform(get("/recruiter").session(session)).andExpect(status().is3xxRedirection());
	}

	private static MockHttpServletRequestBuilder login(String email, String password, String address) {
		return post("/login").with(csrf()).param("username", email).param("password", password).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

}
