package uk.mljobs.imports;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.FeedStub;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What seekers see of imported postings: where each came from and when it was last
 * checked, Apply going to the employer's page, the verified-employer badge, the company's
 * openings left out for want of pay, a posting gone from its feed, and a card that says a
 * job has been open a long time.
 */
@IntegrationTest
class ImportedPagesTests extends StubbedFeeds {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private Sources sources;

	@Autowired
	private SourceRuns runs;

	@Test
	void anImportedPostingSaysWhereItCameFromAndAppliesOnTheEmployersSite() throws Exception {
		long company = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		long source = this.sources.create(company, SourceKind.GREENHOUSE, "example", true, false, null);
		this.runs.run(source);
		long id = this.jdbc.queryForObject("SELECT id FROM posting WHERE source_id = ? AND external_id = '4012001'",
				Long.class, source);
		String html = page("/jobs/" + id + "/senior-machine-learning-engineer-fraud");
		assertThat(PageText.of(html)).contains("From Monzo’s careers site, checked just now.")
			.contains("Verified employer")
			.doesNotContain("work email is on Monzo’s own domain");
		// Apply through the counting link, which leads on to the employer's own page.
		assertThat(html).contains("href=\"/jobs/" + id + "/apply\"")
			.contains("\"sameAs\":\"https://careers.example.com/jobs/4012001?gh_jid=4012001\"");
		assertThat(PageText.of(page("/companies/monzo")))
			.contains("1 more opening on its careers site without stated pay");
		assertThat(PageText.of(page("/salaries?role=machine-learning-engineer")))
			.containsPattern("1 of the \\d+ postings were read from employers’ own careers sites");

		this.jdbc.update("UPDATE posting SET published_at = now() - interval '70 days' WHERE id = ?", id);
		assertThat(PageText.of(page("/jobs?company=monzo&q=fraud"))).contains("open for 70 days");

		String fixture = FeedStub.fixture("greenhouse.json");
		STUB.answer("/v1/boards/example/jobs",
				(request) -> FeedStub.json(fixture.replace("\"id\": 4012001", "\"id\": 4012098")));
		this.runs.run(source);
		assertThat(PageText.of(page("/jobs/" + id + "/senior-machine-learning-engineer-fraud")))
			.contains("No longer accepting applications")
			.contains("It is no longer on the employer’s site.")
			.contains("From Monzo’s careers site, last seen there just now.");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
