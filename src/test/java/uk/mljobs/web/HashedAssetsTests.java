package uk.mljobs.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The stylesheet, scripts and icon are linked by names carrying a hash of their content
 * and kept by browsers for a year; their plain names still answer, briefly cached, and a
 * wrong hash is a 404.
 */
@IntegrationTest
class HashedAssetsTests {

	private static final String HASH = "-[0-9a-f]{32}";

	@Autowired
	private MockMvc mvc;

	@Test
	void pagesLinkTheStylesheetAndIconByTheirContentHash() throws Exception {
		Document home = page("/");
		String stylesheet = home.select("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/site" + HASH + "\\.css");
		assertThat(home.select("link[rel=icon]").attr("href")).matches("/favicon" + HASH + "\\.svg");
		MockHttpServletResponse hashed = this.mvc.perform(get(stylesheet)).andReturn().getResponse();
		MockHttpServletResponse plain = this.mvc.perform(get("/css/site.css")).andReturn().getResponse();
		assertThat(hashed.getStatus()).isEqualTo(200);
		assertThat(hashed.getContentType()).startsWith("text/css");
		assertThat(hashed.getHeader("Cache-Control")).contains("max-age=31536000", "public", "immutable");
		assertThat(hashed.getContentAsByteArray()).isEqualTo(plain.getContentAsByteArray());
		// The plain name is what old pages and bookmarks ask for: it answers, and is kept
		// only briefly, since a release changes what it holds.
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getHeader("Cache-Control")).contains("max-age=3600").doesNotContain("immutable");
		// The security headers are there as on every response.
		assertThat(hashed.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void scriptsAreHashedTooAndTheIconStillAnswersItsOldName() throws Exception {
		String script = page("/jobs").select("script[src]")
			.eachAttr("src")
			.stream()
			.filter((src) -> src.startsWith("/js/suggest"))
			.findFirst()
			.orElseThrow();
		assertThat(script).matches("/js/suggest" + HASH + "\\.js");
		MockHttpServletResponse response = this.mvc.perform(get(script)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Cache-Control")).contains("immutable");
		String icon = page("/").select("link[rel=icon]").attr("href");
		assertThat(this.mvc.perform(get(icon)).andReturn().getResponse().getHeader("Cache-Control"))
			.contains("immutable");
		assertThat(this.mvc.perform(get("/favicon.svg")).andReturn().getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aHashThatIsNotTheFilesIsNotFound() throws Exception {
		for (String path : new String[] { "/css/site-0123456789abcdef0123456789abcdef.css",
				"/js/suggest-0123456789abcdef0123456789abcdef.js", "/css/nothing.css",
				"/css/../application.properties" }) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isIn(400, 404);
		}
	}

	@Test
	void aSignedInVisitorGetsTheSameLongLivedFiles() throws Exception {
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String stylesheet = Jsoup
			.parse(this.mvc.perform(get("/roles").session(admin)).andReturn().getResponse().getContentAsString())
			.select("link[rel=stylesheet]")
			.attr("href");
		MockHttpServletResponse response = this.mvc.perform(get(stylesheet).session(admin)).andReturn().getResponse();
		assertThat(response.getHeader("Cache-Control")).contains("immutable").doesNotContain("no-store");
		// Their pages are still never stored.
		assertThat(this.mvc.perform(get("/roles").session(admin)).andReturn().getResponse().getHeader("Cache-Control"))
			.isEqualTo("no-store");
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

}
