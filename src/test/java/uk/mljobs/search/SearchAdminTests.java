package uk.mljobs.search;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators see of search: the health component, and the admins' page with its
 * rebuild button.
 */
@IntegrationTest
class SearchAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private Engines engines;

	@Test
	void healthHasASearchComponentThatIsUpOnACurrentIndex() throws Exception {
		assertThat(this.indexing.awaitReady(Duration.ofSeconds(30))).isTrue();
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.search.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.search").doesNotExist());
	}

	@Test
	void adminsSeeTheEngineAndCanRebuildItsIndex() throws Exception {
		assertThat(this.indexing.awaitReady(Duration.ofSeconds(30))).isTrue();
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc.perform(get("/admin/search").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Searches are answered by")))
			.andExpect(content().string(containsString("lucene")))
			.andExpect(content().string(containsString("Postings in the index")));
		this.mvc.perform(post("/admin/search/rebuild").with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/search"));
		SearchEngine engine = this.engines.configured();
		Eventually.within(() -> engine.ready() && String.valueOf(engine.status().detail()).startsWith("built with"),
				Duration.ofSeconds(30));
		assertThat(engine.status().detail()).startsWith("built with");
		assertThat(engine.ready()).isTrue();
	}

}
