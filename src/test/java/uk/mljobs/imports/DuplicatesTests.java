package uk.mljobs.imports;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.Eventually;
import uk.mljobs.support.FeedStub;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An agency's copy of a job the employer's own feed lists is folded under the employer's
 * posting: search shows the job once, each page points at the other, and when the
 * employer's posting closes the copy is on show again.
 */
@IntegrationTest
class DuplicatesTests extends StubbedFeeds {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Sources sources;

	@Autowired
	private SourceRuns runs;

	@Test
	void anAgencyCopyOfTheEmployersOwnPostingIsFoldedUnderIt() throws Exception {
		long company = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		long source = this.sources.create(company, SourceKind.GREENHOUSE, "example", true, false, null);
		this.runs.run(source);
		long own = this.jdbc.queryForObject("SELECT id FROM posting WHERE source_id = ? AND external_id = '4012001'",
				Long.class, source);

		MockHttpSession agency = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", true),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Senior Machine Learning Engineer - Fraud");
		form.put("role", "machine-learning-engineer");
		form.put("level", "senior");
		form.put("payMin", "100000");
		form.put("payMax", "120000");
		form.put("description", form.get("description") + " Fraud models for a bank, via our agency.");
		long copy = TestPostings.published(this.mvc, agency, admin, form);
		try {
			assertThat(this.jdbc.queryForObject("SELECT duplicate_of FROM posting WHERE id = ?", Long.class, copy))
				.isEqualTo(own);
			assertThat(
					Eventually.within(
							() -> results().contains("Senior Machine Learning Engineer, Fraud")
									&& !results().contains("Senior Machine Learning Engineer - Fraud"),
							Duration.ofSeconds(10)))
				.as(results())
				.isTrue();
			assertThat(results()).contains("also advertised by 1 other");
			assertThat(page(own, "senior-machine-learning-engineer-fraud"))
				.contains("Also advertised by a recruitment agency");
			assertThat(page(copy, "senior-machine-learning-engineer-fraud"))
				.contains("This job is also advertised by the employer itself: see the employer’s own posting");

			String fixture = FeedStub.fixture("greenhouse.json");
			STUB.answer("/v1/boards/example/jobs",
					(request) -> FeedStub.json(fixture.replace("\"id\": 4012001", "\"id\": 4012097")
						.replace("Senior Machine Learning Engineer, Fraud", "Senior Data Platform Lead")));
			this.runs.run(source);
			assertThat(this.jdbc.queryForObject("SELECT duplicate_of FROM posting WHERE id = ?", Long.class, copy))
				.isNull();
			assertThat(Eventually.within(() -> results().contains("Senior Machine Learning Engineer - Fraud"),
					Duration.ofSeconds(10)))
				.isTrue();
		}
		finally {
			this.jdbc.update("DELETE FROM posting WHERE id = ?", copy);
		}
	}

	private String results() {
		try {
			return PageText.of(this.mvc.perform(get("/jobs").param("company", "monzo").param("q", "fraud"))
				.andReturn()
				.getResponse()
				.getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String page(long id, String slug) throws Exception {
		return PageText
			.of(this.mvc.perform(get("/jobs/" + id + "/" + slug)).andReturn().getResponse().getContentAsString());
	}

}
