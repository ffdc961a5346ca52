package uk.mljobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route the application maps, requested by each kind of visitor, against the status
 * each should get. Recruiter A owns the postings in the table; recruiter B is another
 * recruiter. A route added without a row here fails
 * {@link #everyMappedRouteIsInTheMatrix}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

	/**
	 * anonymous, recruiter A (owner), recruiter B, admin, a job seeker. 302 = sent to
	 * sign in.
	 */
	private static final String[][] MATRIX = {
			// method, route, anonymous, owner, other recruiter, admin, seeker
			{ "GET", "/", "200", "200", "200", "200", "200" }, { "GET", "/roles", "200", "200", "200", "200", "200" },
			{ "GET", "/roles/{slug}", "200", "200", "200", "200", "200" },
			{ "GET", "/roles/{slug}/skills-check", "200", "200", "200", "200", "200" },
			{ "GET", "/roles/{slug}/skills-check.csv", "200", "200", "200", "200", "200" },
			{ "GET", "/salaries", "200", "200", "200", "200", "200" },
			{ "GET", "/salaries/checker", "200", "200", "200", "200", "200" },
			{ "GET", "/salaries/{table}.csv", "200", "200", "200", "200", "200" },
			{ "GET", "/companies", "200", "200", "200", "200", "200" },
			{ "GET", "/companies/{slug}", "200", "200", "200", "200", "200" },
			{ "GET", "/jobs", "200", "200", "200", "200", "200" },
			// A logo file name that is no content hash: 404 for anyone.
			{ "GET", "/companies/{slug}/logo/{file}", "404", "404", "404", "404", "404" },
			{ "GET", "/jobs/{id}", "301", "301", "301", "301", "301" },
			// Apply, counted: on to the posting's own address for anyone.
			{ "GET", "/jobs/{id}/apply", "303", "303", "303", "303", "303" },
			{ "GET", "/jobs/feed.atom", "200", "200", "200", "200", "200" },
			{ "GET", "/sitemap.xml", "200", "200", "200", "200", "200" },
			{ "GET", "/sitemap-pages.xml", "200", "200", "200", "200", "200" },
			{ "GET", "/sitemap-jobs-{file}.xml", "200", "200", "200", "200", "200" },
			{ "GET", "/robots.txt", "200", "200", "200", "200", "200" },
			{ "GET", "/api/v1/jobs", "200", "200", "200", "200", "200" },
			{ "GET", "/api/v1/jobs/{id}", "200", "200", "200", "200", "200" },
			{ "GET", "/api/v1/salary-bands", "200", "200", "200", "200", "200" },
			// Without what is typed (q), a 400 for everyone.
			{ "GET", "/api/v1/suggest", "400", "400", "400", "400", "400" },
			{ "GET", "/api/docs", "302", "302", "302", "302", "302" },
			{ "GET", "/api/docs/openapi.json", "200", "200", "200", "200", "200" },
			{ "GET", "/api/docs/openapi.json.yaml", "200", "200", "200", "200", "200" },
			{ "GET", "/api/docs/openapi.json/swagger-config", "200", "200", "200", "200", "200" },
			{ "GET", "/jobs/{id}/{slug}", "200", "200", "200", "200", "200" },
			{ "GET", "/login", "200", "200", "200", "200", "200" },
			{ "GET", "/register", "200", "200", "200", "200", "200" },
			{ "POST", "/register", "200", "200", "200", "200", "200" },
			// A seeker's own pages: visitors are sent to sign in with a mailed code;
			// recruiters and admins are not seekers. A Save link's page, then the
			// buttons (each back to /me), the download, and a delete without its tick.
			{ "GET", "/me", "302", "403", "403", "403", "200" },
			{ "GET", "/me/jobs/{id}/save", "302", "403", "403", "403", "200" },
			{ "POST", "/me/jobs/{id}/save", "302", "403", "403", "403", "302" },
			{ "POST", "/me/jobs/{id}/unsave", "302", "403", "403", "403", "302" },
			{ "POST", "/me/jobs/{id}/applied", "302", "403", "403", "403", "302" },
			{ "POST", "/me/jobs/{id}/note", "302", "403", "403", "403", "302" },
			{ "POST", "/me/jobs/{id}/hide", "302", "403", "403", "403", "302" },
			{ "POST", "/me/jobs/{id}/unhide", "302", "403", "403", "403", "302" },
			{ "GET", "/me/data", "302", "403", "403", "403", "200" },
			// Not a passkey of theirs: nothing removed, back to the page.
			{ "POST", "/me/passkeys/{id}/delete", "302", "403", "403", "403", "302" },
			{ "POST", "/me/delete", "302", "403", "403", "403", "302" },
			// Signing in as a seeker: the page (a signed-in seeker goes on to /me), a
			// request without an address (400), a link without a live token (410).
			{ "GET", "/me/sign-in", "200", "200", "200", "200", "302" },
			{ "POST", "/me/sign-in/send", "400", "400", "400", "400", "400" },
			{ "GET", "/me/sign-in/link", "410", "410", "410", "410", "410" },
			{ "GET", "/account", "302", "200", "200", "200", "403" },
			{ "POST", "/account/password", "302", "200", "200", "200", "403" },
			{ "POST", "/account/delete", "302", "200", "200", "200", "403" },
			// Sending the confirmation link again: sign-in first, else back to the
			// account page.
			{ "POST", "/account/verification", "302", "302", "302", "302", "403" },
			{ "POST", "/account/email", "302", "200", "200", "200", "403" },
			// Links from mails work signed in or not; without a good token they are gone.
			{ "GET", "/account/verify", "410", "410", "410", "410", "410" },
			{ "POST", "/account/verify", "410", "410", "410", "410", "410" },
			{ "GET", "/account/export", "302", "200", "200", "200", "403" },
			{ "GET", "/privacy", "200", "200", "200", "200", "200" },
			{ "GET", "/terms", "200", "200", "200", "200", "200" },
			{ "GET", "/about", "200", "200", "200", "200", "200" },
			{ "GET", "/contact", "200", "200", "200", "200", "200" },
			{ "GET", "/login/forgot", "200", "200", "200", "200", "200" },
			{ "POST", "/login/forgot", "200", "200", "200", "200", "200" },
			{ "GET", "/login/reset", "410", "410", "410", "410", "410" },
			// Reporting a posting: the form for a live one; an empty report gets the form
			// back with messages.
			{ "GET", "/reports/jobs/{id}", "200", "200", "200", "200", "200" },
			{ "POST", "/reports/jobs/{id}", "200", "200", "200", "200", "200" },
			{ "GET", "/reports/sent", "200", "200", "200", "200", "200" },
			// A "still hiring?" link we never sent: gone, for anyone.
			{ "GET", "/postings/still-hiring", "410", "410", "410", "410", "410" },
			{ "POST", "/postings/still-hiring", "410", "410", "410", "410", "410" },
			// The second factor: after a password only. Asking for a code mails one and
			// goes back to the page.
			{ "GET", "/login/second-factor", "302", "200", "200", "200", "200" },
			{ "POST", "/login/second-factor/code", "302", "302", "302", "302", "302" },
			{ "GET", "/account/security", "302", "200", "200", "200", "403" },
			// Confirming asks recruiters (password only here) for a code; the admin has
			// given one.
			{ "GET", "/account/security/confirm", "302", "302", "302", "302", "403" },
			// Without its parameter: 400 for anyone signed in.
			{ "POST", "/account/security/two-factor", "302", "400", "400", "400", "403" },
			// Not a passkey of theirs: nothing removed, back to the page.
			{ "POST", "/account/security/passkeys/{id}/delete", "302", "302", "302", "302", "403" },
			{ "POST", "/login/reset", "410", "410", "410", "410", "410" },
			{ "GET", "/recruiter", "302", "200", "200", "403", "403" },
			{ "GET", "/recruiter/postings/new", "302", "200", "200", "403", "403" },
			{ "POST", "/recruiter/postings", "302", "200", "200", "403", "403" },
			{ "GET", "/recruiter/postings/{id}", "302", "200", "404", "403", "403" },
			{ "GET", "/recruiter/postings/{id}/activity", "302", "200", "404", "403", "403" },
			{ "GET", "/recruiter/postings/{id}/edit", "302", "200", "404", "403", "403" },
			{ "POST", "/recruiter/postings/{id}/edit", "302", "200", "404", "403", "403" },
			{ "POST", "/recruiter/postings/{id}/submit", "302", "409", "404", "403", "403" },
			{ "POST", "/recruiter/postings/{id}/close", "302", "302", "404", "403", "403" },
			{ "POST", "/recruiter/postings/{id}/repost", "302", "409", "404", "403", "403" },
			{ "POST", "/recruiter/postings/{id}/delete", "302", "409", "404", "403", "403" },
			// A company's logo is its verified employers' (a confirmed address on its
			// domain):
			// the table's recruiters are vouched for, not on the domain.
			{ "GET", "/recruiter/company/logo", "302", "403", "403", "403", "403" },
			{ "POST", "/recruiter/company/logo", "302", "403", "403", "403", "403" },
			{ "POST", "/recruiter/company/logo/delete", "302", "403", "403", "403", "403" },
			{ "GET", "/admin/moderation", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/moderation/decisions", "302", "403", "403", "200", "403" },
			// An empty phrase gets the form back with a message; a phrase id no one has,
			// a 404.
			{ "GET", "/admin/moderation/phrases", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/moderation/phrases", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/moderation/phrases/{id}/delete", "302", "403", "403", "404", "403" },
			{ "GET", "/admin/moderation/postings/{id}", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/moderation/postings/{id}/approve", "302", "403", "403", "409", "403" },
			{ "POST", "/admin/moderation/postings/{id}/reject", "302", "403", "403", "200", "403" },
			// Dismissing the (no) reports of the table's posting.
			{ "POST", "/admin/moderation/postings/{id}/reports/dismiss", "302", "403", "403", "302", "403" },
			// Company ids no one has: 404; decisions without their parameter: 400.
			{ "GET", "/admin/companies", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/companies/new", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/companies", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/companies/{id}", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/companies/{id}", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/companies/{id}/domains", "302", "403", "403", "404", "403" },
			{ "GET", "/admin/companies/{id}/logo", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/companies/{id}/logo", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/companies/{id}/logo/delete", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/companies/proposals/{id}/approve", "302", "403", "403", "400", "403" },
			{ "POST", "/admin/companies/proposals/{id}/merge", "302", "403", "403", "400", "403" },
			{ "POST", "/admin/companies/proposals/{id}/reject", "302", "403", "403", "400", "403" },
			{ "GET", "/admin/companies/sectors-and-towns", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/companies/sectors", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/companies/towns", "302", "403", "403", "200", "403" },
			// Empty forms: the admin gets the form back with messages, or the conflict
			// page
			// for an edit that names no version.
			{ "GET", "/admin/search", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/search/rebuild", "302", "403", "403", "302", "403" },
			{ "GET", "/admin/search/synonyms", "302", "403", "403", "200", "403" },
			// Without the version it was opened at, an admin's save is refused, unsaved.
			{ "POST", "/admin/search/synonyms", "302", "403", "403", "409", "403" },
			{ "GET", "/admin/salary-bands", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/salary-bands/new", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/salary-bands", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/salary-bands/{id}", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/salary-bands/{id}", "302", "403", "403", "409", "403" },
			{ "POST", "/admin/salary-bands/{id}/retire", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/salary-bands/changes", "302", "403", "403", "200", "403" },
			// Alerts: links without a valid signature are 404s; an empty subscription a
			// 400.
			{ "GET", "/alerts", "200", "200", "200", "200", "200" },
			{ "GET", "/alerts/new", "200", "200", "200", "200", "200" },
			{ "POST", "/alerts", "400", "400", "400", "400", "400" },
			{ "GET", "/alerts/sent", "200", "200", "200", "200", "200" },
			{ "GET", "/alerts/confirm", "404", "404", "404", "404", "404" },
			{ "POST", "/alerts/confirm", "404", "404", "404", "404", "404" },
			{ "GET", "/alerts/unsubscribe", "404", "404", "404", "404", "404" },
			{ "POST", "/alerts/unsubscribe", "404", "404", "404", "404", "404" },
			{ "GET", "/alerts/manage", "404", "404", "404", "404", "404" },
			{ "POST", "/alerts/forget", "404", "404", "404", "404", "404" },
			{ "POST", "/alerts/manage-link", "200", "200", "200", "200", "200" },
			// Guide ids no one has: 404.
			{ "GET", "/admin/guides", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/guides/new", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/guides", "302", "403", "403", "200", "403" },
			{ "GET", "/admin/guides/{id}", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/guides/{id}", "302", "403", "403", "404", "403" },
			{ "GET", "/admin/guides/{id}/publish", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/guides/{id}/publish", "302", "403", "403", "404", "403" },
			{ "GET", "/admin/guides/{id}/unpublish", "302", "403", "403", "404", "403" },
			// Source ids no one has: 404.
			{ "GET", "/admin/sources", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/sources", "302", "403", "403", "400", "403" },
			{ "GET", "/admin/sources/{id}", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/sources/{id}/run", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/sources/{id}/pause", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/sources/{id}/resume", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/sources/{id}/publish", "302", "403", "403", "400", "403" },
			{ "POST", "/admin/guides/{id}/unpublish", "302", "403", "403", "404", "403" },
			{ "GET", "/admin/guides/{id}/preview", "302", "403", "403", "404", "403" },
			{ "GET", "/admin/guides/{id}/{part}", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/guides/{id}/{part}", "302", "403", "403", "404", "403" },
			// An account id no one has: the admin gets a 404.
			{ "GET", "/admin/users", "302", "403", "403", "200", "403" },
			{ "POST", "/admin/users/{id}/disable", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/users/{id}/enable", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/users/{id}/reset-link", "302", "403", "403", "404", "403" },
			{ "POST", "/admin/users/{id}/vouch", "302", "403", "403", "404", "403" },
			// By here its owner has closed the table's posting: nothing live to take
			// down.
			{ "POST", "/admin/moderation/postings/{id}/hold", "302", "403", "403", "404", "403" } };

	/** Routes that belong to Spring Boot or Spring Security rather than to us. */
	private static final Set<String> FRAMEWORK = Set.of("GET /error", "POST /error", "PUT /error", "DELETE /error",
			"PATCH /error", "HEAD /error", "OPTIONS /error");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<String, MockHttpSession> actors = new LinkedHashMap<>();

	private long publishedId;

	private long bandId;

	private String publishedSlug;

	@BeforeAll
	void actors() throws Exception {
		MockHttpSession owner = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "cazoo", false),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.publishedId = TestPostings.published(this.mvc, owner, admin, TestPostings.validForm());
		this.publishedSlug = "senior-mlops-engineer";
		this.bandId = this.jdbc.queryForObject("SELECT min(id) FROM salary_band WHERE retired_at IS NULL", Long.class);
		this.actors.put("anonymous", null);
		this.actors.put("owner", owner);
		this.actors.put("other recruiter",
				TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "cazoo", false), TestAccounts.PASSWORD));
		this.actors.put("admin", admin);
		this.actors.put("seeker", TestAccounts.seeker(this.mvc, "matrix-seeker@example.org"));
	}

	@Test
	void everyRouteAnswersEachVisitorAsExpected() throws Exception {
		List<String> mismatches = new ArrayList<>();
		for (String[] row : MATRIX) {
			int column = 2;
			for (Map.Entry<String, MockHttpSession> actor : this.actors.entrySet()) {
				int expected = Integer.parseInt(row[column++]);
				int actual = perform(row[0], row[1], actor.getKey(), actor.getValue());
				if (actual != expected) {
					mismatches.add(row[0] + " " + row[1] + " as " + actor.getKey() + ": expected " + expected + ", got "
							+ actual);
				}
			}
		}
		assertThat(mismatches).as("authorization mismatches").isEmpty();
	}

	@Test
	void everyMappedRouteIsInTheMatrix() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			for (String pattern : info.getPatternValues()) {
				for (String method : methods) {
					mapped.add(method + " " + pattern);
				}
			}
		}
		mapped.removeAll(FRAMEWORK);
		Set<String> listed = new TreeSet<>();
		for (String[] row : MATRIX) {
			listed.add(row[0] + " " + row[1]);
		}
		assertThat(listed).as("routes in the matrix").containsExactlyInAnyOrderElementsOf(mapped);
	}

	private int perform(String method, String route, String actor, MockHttpSession session) throws Exception {
		String path = route.replace("{table}", "bands")
			.replace("{file}", "1")
			.replace("{part}", "faq")
			.replace("{slug}", route.startsWith("/roles") ? "mlops-engineer"
					: route.startsWith("/companies") ? "monzo" : this.publishedSlug);
		if (path.contains("{id}")) {
			path = path.replace("{id}",
					String.valueOf(route.contains("/companies/") || route.contains("/users/")
							|| route.contains("/guides/") || route.contains("/phrases/") || route.contains("/sources/")
									? 999_999 : route.contains("/salary-bands/") ? this.bandId : this.publishedId));
		}
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).with(csrf());
		if (session != null) {
			request.session(session);
		}
		if (route.equals("/register") && "POST".equals(method)) {
			request.param("email", "bad");
			// Every sign-up attempt spends the address's allowance, invalid ones too.
			request.with((mock) -> {
				mock.setRemoteAddr("198.19." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
				return mock;
			});
		}
		if (route.endsWith("/reject")) {
			request.param("reason", "");
		}
		int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
		if (route.equals("/login/second-factor/code")) {
			// The codes were mailed as if delivered: no test's SMTP server sees them.
			this.jdbc.update("UPDATE mail_outbox SET sent_at = now() WHERE sent_at IS NULL "
					+ "AND subject LIKE 'Your sign-in code:%'");
		}
		return status;
	}

}
