package uk.mljobs.imports;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.Eventually;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin adds sources at /admin/sources (bad input gets field errors and a 400), runs
 * one, and reads what it found: counts, reasons with examples, its postings; pauses and
 * resumes it.
 */
@IntegrationTest
class SourceAdminTests extends StubbedFeeds {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Sources sources;

	private MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
	}

	@Test
	void badSourcesAreRefusedWithWhatToFix() throws Exception {
		assertThat(page("/admin/sources")).contains("No sources yet");
		assertThat(refused(add("", "", " ", "sometimes"))).contains("Choose a listed company.")
			.contains("Choose the kind of feed.")
			.contains("Give the board's token or address.")
			.contains("Choose whether postings wait for review or go live at once.");
		assertThat(refused(add("monzo", "jsonld", "ftp://example.com/jobs", "review")))
			.contains("Give the careers page's address, starting https://.");
		assertThat(refused(add("monzo", "greenhouse", "<script>x</script>", "review")))
			.contains("letters, digits, dots, hyphens and underscores only")
			.doesNotContain("<script>x");
		this.mvc.perform(add("monzo", "greenhouse", "example", "direct")).andExpect(status().is3xxRedirection());
		this.mvc.perform(add("arm", "jsonld", "https://careers.example.org/jobs", "review"))
			.andExpect(status().is3xxRedirection());
		assertThat(refused(add("monzo", "greenhouse", "example", "review")))
			.contains("This feed is already a source, for Monzo.");
		assertThat(this.sources.all()).hasSize(2);
	}

	@Test
	void aSourceRunsOnRequestAndItsPageSaysWhatItFound() throws Exception {
		String location = this.mvc.perform(add("monzo", "greenhouse", "example", "direct"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/admin/sources/".length()));
		assertThat(page(location)).contains("Not read yet").contains("Postings go live at once");
		this.mvc.perform(post(location + "/run").with(csrf()).session(this.admin))
			.andExpect(status().is3xxRedirection());
		assertThat(Eventually.within(() -> this.sources.find(id).orElseThrow().lastSuccessAt() != null,
				Duration.ofSeconds(10)))
			.isTrue();
		assertThat(page(location)).contains("5 seen, 2 new, 0 updated, 0 closed, 3 left out")
			.contains("outside the UK 1 Machine Learning Engineer")
			.contains("no pay stated 1 Staff ML Engineer, Search")
			.contains("Senior Machine Learning Engineer, Fraud")
			.contains("Open postings 2");
		assertThat(page("/admin/sources")).contains("Monzo Greenhouse: example")
			.contains("5 seen, 2 new, 0 updated, 0 closed, 3 left out");

		this.mvc.perform(post(location + "/pause").with(csrf()).session(this.admin))
			.andExpect(status().is3xxRedirection());
		assertThat(page(location)).contains("Paused. Paused by an admin").contains("Resume");
		this.mvc.perform(post(location + "/resume").with(csrf()).session(this.admin))
			.andExpect(status().is3xxRedirection());
		assertThat(this.sources.find(id).orElseThrow().paused()).isFalse();
		this.mvc.perform(post(location + "/publish").with(csrf()).session(this.admin).param("publish", "review"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.sources.find(id).orElseThrow().direct()).isFalse();
		this.mvc.perform(post(location + "/publish").with(csrf()).session(this.admin).param("publish", "sometimes"))
			.andExpect(status().isBadRequest());
	}

	private MockHttpServletRequestBuilder add(String company, String kind, String token, String publish) {
		return post("/admin/sources").with(csrf())
			.session(this.admin)
			.param("company", company)
			.param("kind", kind)
			.param("token", token)
			.param("publish", publish);
	}

	private String refused(MockHttpServletRequestBuilder request) throws Exception {
		return PageText.of(this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String page(String path) throws Exception {
		return PageText.of(this.mvc.perform(get(path).session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

}
