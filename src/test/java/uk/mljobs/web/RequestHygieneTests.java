package uk.mljobs.web;

import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Requests whose parameter names carry control characters (a red-team finding: a 500 with
 * a stack trace, and a forged line in the log) are a plain 400.
 */
@IntegrationTest
class RequestHygieneTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/?%01=1", "/jobs?%00=1", "/api/v1/jobs?%00=1", "/jobs?x%0d%0aFORGED%20LINE=1",
			"/salaries?%7f=1", "/jobs?q=ok&%1b[31m=1", "/jobs;x=1", "/api/v1/jobs;x=1", "/jobs/%2e%2e/admin" })
	void controlCharactersInAParameterNameAreA400(String path) throws Exception {
		var response = this.mvc.perform(get(URI.create(path))).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(400);
		assertThat(response.getContentAsString()).doesNotContain("at uk.mljobs").doesNotContain("Exception");
		if (path.startsWith("/api/")) {
			assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
		}
	}

}
