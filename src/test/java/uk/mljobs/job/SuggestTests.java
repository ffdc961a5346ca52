package uk.mljobs.job;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search box's completions: {@code GET /api/v1/suggest?q=}. */
@IntegrationTest
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS)
class SuggestTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Suggester suggester;

	@org.junit.jupiter.api.BeforeAll
	void postings() throws Exception {
		org.springframework.mock.web.MockHttpSession recruiter = uk.mljobs.support.TestAccounts.signIn(this.mvc,
				uk.mljobs.support.TestAccounts.recruiter(this.mvc, "monzo", false),
				uk.mljobs.support.TestAccounts.PASSWORD);
		org.springframework.mock.web.MockHttpSession admin = uk.mljobs.support.TestAccounts.admin(this.mvc);
		java.util.Map<String, String> remote = uk.mljobs.support.TestPostings.validForm();
		remote.put("workMode", "REMOTE");
		uk.mljobs.support.TestPostings.published(this.mvc, recruiter, admin, remote);
		uk.mljobs.support.TestPostings.published(this.mvc, recruiter, admin,
				uk.mljobs.support.TestPostings.validForm());
		this.suggester.forget();
	}

	@Test
	void completesTheLastWordWithKindAndCount() throws Exception {
		this.mvc.perform(get("/api/v1/suggest").param("q", "kube"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=60")))
			.andExpect(jsonPath("$.q").value("kube"))
			.andExpect(jsonPath("$.suggestions[0].text").value("Kubernetes"))
			.andExpect(jsonPath("$.suggestions[0].kind").value("tool"))
			.andExpect(jsonPath("$.suggestions[0].query").value("kubernetes"))
			.andExpect(jsonPath("$.suggestions[0].href").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.suggestions[*].count", everyItem(greaterThan(0))))
			.andExpect(jsonPath("$.suggestions.length()", lessThanOrEqualTo(8)));
		// The words before the last are kept; filter words are offered too.
		this.mvc.perform(get("/api/v1/suggest").param("q", "k8s rem"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions[*].query", hasItem("k8s remote")))
			.andExpect(jsonPath("$.suggestions[?(@.text == 'Remote')].kind").value("filter"))
			// A filter is chosen as one, with the words before it.
			.andExpect(jsonPath("$.suggestions[?(@.text == 'Remote')].href").value("/jobs?q=k8s&workMode=remote"));
		this.mvc.perform(get("/api/v1/suggest").param("q", "lond"))
			.andExpect(jsonPath("$.suggestions[?(@.text == 'London')].kind").value("town"));
		this.mvc.perform(get("/api/v1/suggest").param("q", "monz"))
			.andExpect(jsonPath("$.suggestions[?(@.text == 'Monzo')].kind").value("company"));
		this.mvc.perform(get("/api/v1/suggest").param("q", "senior"))
			.andExpect(jsonPath("$.suggestions[*].kind", hasItem("title")));
		this.mvc.perform(get("/api/v1/suggest").param("q", "zzzzqqq"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.suggestions.length()").value(0));
	}

	@Test
	void badInputIsProblemJson() throws Exception {
		for (String q : new String[] { "", "   ", "\u0000", "x".repeat(51) }) {
			this.mvc.perform(get("/api/v1/suggest").param("q", q))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.detail").value(containsString("'q'")));
		}
		this.mvc.perform(get("/api/v1/suggest"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		// Odd characters are searched, not errors.
		for (String q : new String[] { "\"", "-", "<script>", "a\u0000", "c++", "%", "k8s   " }) {
			this.mvc.perform(get("/api/v1/suggest").param("q", q))
				.andExpect((result) -> org.assertj.core.api.Assertions.assertThat(result.getResponse().getStatus())
					.as(q)
					.isEqualTo(200));
		}
		this.mvc.perform(get("/api/v1/suggest").param("q", "x".repeat(50))).andExpect(status().isOk());
	}

}
