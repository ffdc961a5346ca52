package uk.mljobs.support;

import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Makes recruiter accounts through the real sign-up form and signs people in through the
 * real login form, so tests exercise the same path users take.
 */
public final class TestAccounts {

	public static final String ADMIN_EMAIL = "admin@test.mljobs.uk";

	public static final String ADMIN_PASSWORD = "correct horse battery staple 2026";

	public static final String PASSWORD = "a long and unusual test passphrase";

	private TestAccounts() {
	}

	/** A fresh recruiter at a listed company; returns their email. */
	public static String recruiter(MockMvc mvc, String companySlug, boolean agency) throws Exception {
		String email = "recruiter-" + UUID.randomUUID() + "@example.com";
		mvc.perform(post("/register").with(csrf())
			.param("email", email)
			.param("password", PASSWORD)
			.param("name", "Test Recruiter")
			.param("company", companySlug)
			.param("agency", String.valueOf(agency))
			.with((request) -> {
				// Each sign-up from its own address, so the per-address allowance does
				// not
				// couple tests.
				request.setRemoteAddr("10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
				return request;
			})).andReturn();
		return email;
	}

	/** Signs in through the login form; returns the session to use for later requests. */
	public static MockHttpSession signIn(MockMvc mvc, String email, String password) throws Exception {
		MvcResult result = mvc.perform(
				post("/login").with(csrf()).param("username", email).param("password", password).with((request) -> {
					request.setRemoteAddr("10.8." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
					return request;
				}))
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		if (session == null || result.getResponse().getRedirectedUrl() == null
				|| result.getResponse().getRedirectedUrl().contains("error")) {
			throw new IllegalStateException("Sign-in failed for " + email);
		}
		return session;
	}

	public static MockHttpSession admin(MockMvc mvc) throws Exception {
		return signIn(mvc, ADMIN_EMAIL, ADMIN_PASSWORD);
	}

}
