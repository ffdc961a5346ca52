package uk.mljobs.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Content pages are kept for anonymous visitors, with their security headers, never for
 * someone signed in or for an error; an admin's band change empties the cache. Visitors
 * arriving together render a page once.
 */
@IntegrationTest
@TestPropertySource(properties = "mljobs.page-cache=60s")
class PublicPageCacheTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestClock clock;

	@Test
	void anonymousVisitorsGetTheKeptPageWithItsSecurityHeaders() throws Exception {
		MockHttpServletResponse first = this.mvc.perform(get("/roles/machine-learning-engineer"))
			.andReturn()
			.getResponse();
		MockHttpServletResponse second = this.mvc.perform(get("/roles/machine-learning-engineer"))
			.andReturn()
			.getResponse();
		assertThat(first.getHeader("X-Page-Cache")).isEqualTo("miss");
		assertThat(second.getHeader("X-Page-Cache")).isEqualTo("hit");
		assertThat(second.getStatus()).isEqualTo(200);
		assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).contains("Machine Learning");
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(first.getHeader("Content-Security-Policy"))
			.isNotBlank();
		assertThat(second.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void visitorsArrivingTogetherRenderAPageOnce() throws Exception {
		String page = "/roles?visit=" + UUID.randomUUID();
		List<String> answers = together(8, page);
		assertThat(answers).hasSize(8).allMatch(List.of("miss", "hit")::contains);
		assertThat(answers).filteredOn("miss"::equals).hasSize(1);
	}

	@Test
	void anExpiredPageIsSentWhileOneVisitorRendersItAfresh() throws Exception {
		String page = "/roles?visit=" + UUID.randomUUID();
		assertThat(this.mvc.perform(get(page)).andReturn().getResponse().getHeader("X-Page-Cache")).isEqualTo("miss");
		this.clock.advance(Duration.ofSeconds(61));
		try {
			List<String> answers = together(8, page);
			assertThat(answers).hasSize(8).allMatch(List.of("miss", "stale", "hit")::contains);
			assertThat(answers).filteredOn("miss"::equals).hasSize(1);
			assertThat(this.mvc.perform(get(page)).andReturn().getResponse().getHeader("X-Page-Cache"))
				.isEqualTo("hit");
		}
		finally {
			this.clock.reset();
		}
	}

	/** The X-Page-Cache answers to {@code visitors} requests for a page sent at once. */
	private List<String> together(int visitors, String page) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(visitors);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < visitors; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					MockHttpServletResponse response = this.mvc.perform(get(page)).andReturn().getResponse();
					assertThat(response.getStatus()).isEqualTo(200);
					return response.getHeader("X-Page-Cache");
				}));
			}
			start.countDown();
			List<String> headers = new ArrayList<>();
			for (Future<String> answer : answers) {
				headers.add(answer.get());
			}
			return headers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void errorsAndSignedInPagesAreNeverKept() throws Exception {
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse bad = this.mvc.perform(get("/salaries").param("region", "atlantis"))
				.andReturn()
				.getResponse();
			assertThat(bad.getStatus()).isEqualTo(400);
			assertThat(bad.getHeader("X-Page-Cache")).isEqualTo("miss");
		}
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc.perform(get("/companies")).andReturn();
		MockHttpServletResponse signedIn = this.mvc.perform(get("/companies").session(admin)).andReturn().getResponse();
		assertThat(signedIn.getHeader("X-Page-Cache")).isNull();
		assertThat(signedIn.getContentAsString()).contains("Sign out");
	}

	@Test
	void anAdminsBandChangeEmptiesTheCache() throws Exception {
		this.mvc.perform(get("/salaries")).andReturn();
		assertThat(this.mvc.perform(get("/salaries")).andReturn().getResponse().getHeader("X-Page-Cache"))
			.isEqualTo("hit");
		Map<String, Object> band = this.jdbc
			.queryForMap("SELECT id, version, min_gbp, max_gbp, source, as_of_year, reviewed_at FROM salary_band "
					+ "WHERE retired_at IS NULL ORDER BY id LIMIT 1");
		long lastChange = this.jdbc.queryForObject("SELECT max(id) FROM salary_band_change", Long.class);
		try {
			// Saving the same figures records a review, and the pages showing bands go.
			this.mvc
				.perform(post("/admin/salary-bands/" + band.get("id")).session(TestAccounts.admin(this.mvc))
					.with(csrf())
					.param("version", String.valueOf(band.get("version")))
					.param("min", String.valueOf(band.get("min_gbp")))
					.param("max", String.valueOf(band.get("max_gbp")))
					.param("source", (String) band.get("source"))
					.param("asOfYear", String.valueOf(band.get("as_of_year")))
					.param("reason", "Still right"))
				.andReturn();
			assertThat(this.jdbc.queryForObject("SELECT count(*) FROM salary_band_change WHERE id > ?", Long.class,
					lastChange))
				.isEqualTo(1);
			assertThat(this.mvc.perform(get("/salaries")).andReturn().getResponse().getHeader("X-Page-Cache"))
				.isEqualTo("miss");
		}
		finally {
			this.jdbc.update("DELETE FROM salary_band_change WHERE id > ?", lastChange);
			this.jdbc.update("UPDATE salary_band SET reviewed_at = ? WHERE id = ?", band.get("reviewed_at"),
					band.get("id"));
		}
	}

	@Test
	void anAdminsGuideEditEmptiesTheCache() throws Exception {
		this.mvc.perform(get("/roles/mlops-engineer")).andReturn();
		assertThat(this.mvc.perform(get("/roles/mlops-engineer")).andReturn().getResponse().getHeader("X-Page-Cache"))
			.isEqualTo("hit");
		Map<String, Object> role = this.jdbc
			.queryForMap("SELECT id, title, tagline, summary, source_title, source_updated, version, updated_at "
					+ "FROM role WHERE slug = 'mlops-engineer'");
		try {
			this.mvc
				.perform(post("/admin/guides/" + role.get("id")).session(TestAccounts.admin(this.mvc))
					.with(csrf())
					.param("version", role.get("version").toString())
					.param("title", role.get("title").toString())
					.param("tagline", "A tagline an admin just wrote.")
					.param("summary", role.get("summary").toString())
					.param("sourceTitle", role.get("source_title").toString())
					.param("sourceUpdated", role.get("source_updated").toString()))
				.andExpect(status().is3xxRedirection());
			MockHttpServletResponse after = this.mvc.perform(get("/roles/mlops-engineer")).andReturn().getResponse();
			assertThat(after.getHeader("X-Page-Cache")).isEqualTo("miss");
			assertThat(after.getContentAsString()).contains("A tagline an admin just wrote.");
		}
		finally {
			this.jdbc.update("UPDATE role SET tagline = ?, version = ?, updated_at = ? WHERE id = ?",
					role.get("tagline"), role.get("version"), role.get("updated_at"), role.get("id"));
			this.jdbc.update("DELETE FROM moderation_decision WHERE subject = 'GUIDE'");
		}
	}

	@Test
	void aCachedPageIsNotSentWithStrictTransportSecurityOverHttp() throws Exception {
		// Rendered over HTTPS, kept by the page cache, then asked for over plain HTTP.
		this.mvc.perform(get("/companies").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=")));
		this.mvc.perform(get("/companies"))
			.andExpect(header().string("X-Page-Cache", org.hamcrest.Matchers.oneOf("hit", "stale")))
			.andExpect(header().doesNotExist("Strict-Transport-Security"));
		this.mvc.perform(get("/companies").secure(true))
			.andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=")));
	}

}
