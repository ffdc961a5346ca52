package uk.mljobs.activity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.HtmlChecker;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A recruiter's activity page: their own posting's numbers, for them alone. */
@IntegrationTest
class ActivityPageTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private PostingActivity activity;

	@Test
	void theOwnerSeesTheCountsOnAValidPageAndTheDashboardLinksToIt() throws Exception {
		MockHttpSession owner = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		long id = TestPostings.published(this.mvc, owner, TestAccounts.admin(this.mvc), TestPostings.validForm());
		for (int i = 0; i < 1234; i++) {
			this.activity.viewed(id);
		}
		this.activity.applyClicked(id);
		this.activity.impressions(java.util.List.of(id));
		this.activity.flush();
		String page = this.mvc.perform(get("/recruiter/postings/{id}/activity", id).session(owner))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<h1>Activity: Senior MLOps Engineer</h1>")
			.contains("Views: 1,234 in all, at most 1,234 a day")
			.contains("role=\"img\"")
			.contains("Each day’s counts, newest first")
			.containsAnyOf("Median of comparable postings", "No comparison yet");
		assertThat(HtmlChecker.errorsIn(page.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
		this.mvc.perform(get("/recruiter").session(owner))
			.andExpect(content().string(containsString("href=\"/recruiter/postings/" + id + "/activity\"")))
			.andExpect(content().string(containsString("<td data-label=\"Views\" class=\"num\">1,234</td>")));
	}

	@Test
	void anotherRecruiterFindsNothingAndAnAnonymousVisitorIsSentToSignIn() throws Exception {
		MockHttpSession owner = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		long id = TestPostings.published(this.mvc, owner, TestAccounts.admin(this.mvc), TestPostings.validForm());
		MockHttpSession other = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter/postings/{id}/activity", id).session(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/recruiter/postings/{id}/activity", id))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", endsWith("/login")));
		long draft = TestPostings.draft(this.mvc, owner, TestPostings.validForm());
		this.mvc.perform(get("/recruiter/postings/{id}/activity", draft).session(owner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nothing is counted until the posting goes live.")));
	}

}
