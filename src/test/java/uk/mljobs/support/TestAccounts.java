package uk.mljobs.support;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.mljobs.system.RateLimiter;

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

	/**
	 * A fresh recruiter at a listed company who has confirmed their address through the
	 * link in their mail; returns their email.
	 */
	public static String recruiter(MockMvc mvc, String companySlug, boolean agency) throws Exception {
		String email = unconfirmedRecruiter(mvc, companySlug, agency);
		confirmAddress(mvc, email);
		return email;
	}

	/**
	 * Opens the newest confirmation link mailed to the address (read from the outbox, as
	 * a mailbox would get it) and presses Confirm.
	 */
	public static void confirmAddress(MockMvc mvc, String email) throws Exception {
		String token = mailedToken(mvc, email, "/account/verify?token=");
		mvc.perform(post("/account/verify").with(csrf()).param("token", token));
		// The mail was read where it lay, as if delivered: tests that send the outbox to
		// their SMTP server see only their own mails.
		mvc.getDispatcherServlet()
			.getWebApplicationContext()
			.getBean(JdbcTemplate.class)
			.update("UPDATE mail_outbox SET sent_at = now() WHERE recipient = ? AND sent_at IS NULL", email);
	}

	/** The token of the newest link with this path mailed to the address. */
	public static String mailedToken(MockMvc mvc, String email, String linkPath) {
		JdbcTemplate jdbc = mvc.getDispatcherServlet().getWebApplicationContext().getBean(JdbcTemplate.class);
		List<String> bodies = jdbc.queryForList(
				"SELECT body_text FROM mail_outbox WHERE recipient = ? ORDER BY id DESC", String.class, email);
		for (String body : bodies) {
			Matcher link = Pattern.compile(Pattern.quote(linkPath) + "([A-Za-z0-9_-]{43})").matcher(body);
			if (link.find()) {
				return link.group(1);
			}
		}
		throw new IllegalStateException("No " + linkPath + " link was mailed to " + email);
	}

	/**
	 * A fresh recruiter who has not opened the confirmation link yet, vouched for (see
	 * {@link #vouch}).
	 */
	public static String unconfirmedRecruiter(MockMvc mvc, String companySlug, boolean agency) throws Exception {
		String email = signUp(mvc, "recruiter-" + UUID.randomUUID() + "@example.com", companySlug, agency);
		vouch(mvc, email);
		return email;
	}

	/**
	 * Records that an admin vouched for the recruiter at their company, as the button on
	 * /admin/users does (example.com is no company's domain, so every test recruiter
	 * would otherwise wait for it). The button itself is tested in VouchingTests and the
	 * impostor journey; signing the admin in here for every recruiter would only slow the
	 * suite.
	 */
	public static void vouch(MockMvc mvc, String email) {
		jdbc(mvc).update("UPDATE account SET vouched_company_id = company_id, vouched_at = now() "
				+ "WHERE email = ? AND company_id IS NOT NULL", email);
	}

	/** Signs the address up as a recruiter at a listed company; returns the address. */
	public static String signUp(MockMvc mvc, String email, String companySlug, boolean agency) throws Exception {
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

	/** The admin, signed in with the password and a mailed code, as admins must. */
	public static MockHttpSession admin(MockMvc mvc) throws Exception {
		return secondFactor(mvc, signIn(mvc, ADMIN_EMAIL, ADMIN_PASSWORD), ADMIN_EMAIL);
	}

	/**
	 * Gives the signed-in session its second factor: asks for a code, reads it from the
	 * mail, types it in. The hour's allowance of codes is reset first, so tests that sign
	 * in often do not run out.
	 */
	public static MockHttpSession secondFactor(MockMvc mvc, MockHttpSession session, String email) throws Exception {
		forgetCodeLimit(mvc, email);
		mvc.perform(post("/login/second-factor/code").session(session).with(csrf())).andReturn();
		MvcResult result = mvc
			.perform(post("/login/code").session(session).with(csrf()).param("token", mailedCode(mvc, email)))
			.andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if (target == null || target.contains("error")) {
			throw new IllegalStateException("The second factor failed for " + email);
		}
		jdbc(mvc).update("UPDATE mail_outbox SET sent_at = now() WHERE recipient = ? AND sent_at IS NULL", email);
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/**
	 * A job seeker signed in with the code mailed to the address (the account is made at
	 * the first sign-in); returns the session.
	 */
	public static MockHttpSession seeker(MockMvc mvc, String email) throws Exception {
		String client = "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
		MvcResult asked = mvc.perform(post("/me/sign-in/send").with(csrf()).param("email", email).with((request) -> {
			request.setRemoteAddr(client);
			return request;
		})).andReturn();
		MockHttpSession session = (MockHttpSession) asked.getRequest().getSession(false);
		MvcResult result = mvc
			.perform(post("/me/sign-in/check").session(session).with(csrf()).param("token", seekerCode(mvc, email)))
			.andReturn();
		String target = result.getResponse().getRedirectedUrl();
		if (target == null || target.contains("sign-in")) {
			throw new IllegalStateException("The seeker sign-in failed for " + email + ": " + target);
		}
		jdbc(mvc).update("UPDATE mail_outbox SET sent_at = now() WHERE recipient = ? AND sent_at IS NULL", email);
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** The newest seeker sign-in code mailed to the address. */
	public static String seekerCode(MockMvc mvc, String email) {
		List<String> subjects = jdbc(mvc).queryForList(
				"SELECT subject FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Sign in to % with %' ORDER BY id DESC LIMIT 1",
				String.class, email);
		if (subjects.isEmpty()) {
			throw new IllegalStateException("No seeker sign-in code was mailed to " + email);
		}
		return subjects.get(0).replaceAll(".* with ([0-9]{6})$", "$1");
	}

	/** The newest seeker sign-in link's token mailed to the address. */
	public static String seekerLinkToken(MockMvc mvc, String email) {
		String body = jdbc(mvc).queryForObject(
				"SELECT body_text FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Sign in to % with %' ORDER BY id DESC LIMIT 1",
				String.class, email);
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/me/sign-in/link\\?token=([A-Za-z0-9_-]{43})")
			.matcher(body);
		if (!link.find()) {
			throw new IllegalStateException("No seeker sign-in link was mailed to " + email);
		}
		return link.group(1);
	}

	/** The newest six-digit sign-in code mailed to the address. */
	public static String mailedCode(MockMvc mvc, String email) {
		List<String> subjects = jdbc(mvc).queryForList(
				"SELECT subject FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Your sign-in code:%' ORDER BY id DESC LIMIT 1",
				String.class, email);
		if (subjects.isEmpty()) {
			throw new IllegalStateException("No sign-in code was mailed to " + email);
		}
		return subjects.get(0).replaceAll("[^0-9]", "");
	}

	/** A fresh hour's allowance of mailed codes for the account. */
	public static void forgetCodeLimit(MockMvc mvc, String email) {
		Long id = jdbc(mvc).queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		mvc.getDispatcherServlet().getWebApplicationContext().getBean(RateLimiter.class).forget("sign-in-code:" + id);
	}

	private static JdbcTemplate jdbc(MockMvc mvc) {
		return mvc.getDispatcherServlet().getWebApplicationContext().getBean(JdbcTemplate.class);
	}

}
