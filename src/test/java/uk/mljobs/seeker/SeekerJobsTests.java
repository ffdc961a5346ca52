package uk.mljobs.seeker;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.Eventually;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A seeker keeps jobs: saves them (in place with JavaScript, by a round trip without),
 * marks the day they applied, keeps notes, hides jobs; sees their alerts; downloads and
 * deletes it all. One seeker never touches another's, and only postings seekers may read
 * can be kept.
 */
@IntegrationTest
class SeekerJobsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private long posting;

	private String postingPath;

	@BeforeEach
	void aLivePosting() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		// A title of its own, so the search does not fold it into another test's copy.
		Map<String, String> form = new java.util.HashMap<>(TestPostings.validForm());
		form.put("title", "Senior MLOps Engineer " + Long.toString(System.nanoTime(), 36).toUpperCase());
		this.posting = TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);
		this.postingPath = this.mvc.perform(get("/jobs/{id}", this.posting))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	@Test
	void aSeekerSavesMarksNotesAndSeesItAllOnMyJobs() throws Exception {
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, "keeper@example.org");
		// Without JavaScript: a form, then back where it was with a notice.
		this.mvc.perform(
				post("/me/jobs/{id}/save", this.posting).session(seeker).with(csrf()).param("back", "/jobs?q=mlops"))
			.andExpect(redirectedUrl("/jobs?q=mlops"));
		this.mvc
			.perform(post("/me/jobs/{id}/applied", this.posting).session(seeker)
				.with(csrf())
				.param("on", "")
				.param("back", "/me"))
			.andExpect(redirectedUrl("/me"));
		this.mvc
			.perform(post("/me/jobs/{id}/note", this.posting).session(seeker)
				.with(csrf())
				.param("note", "Asked Priya about the <b>on-call</b> rota"))
			.andExpect(redirectedUrl("/me"));
		String page = this.mvc.perform(get("/me").session(seeker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Asked Priya about the &lt;b&gt;on-call&lt;/b&gt; rota").doesNotContain("<b>on-call");
		assertThat(PageText.of(page)).contains("Senior MLOps Engineer")
			.contains("Saved")
			.contains("Applied")
			.contains("Open")
			.contains("Remove from saved");
		// Every order works.
		for (String sort : List.of("saved", "closing", "applied", "title", "nonsense")) {
			this.mvc.perform(get("/me").param("sort", sort).session(seeker)).andExpect(status().isOk());
		}
		// The posting's page shows it saved, with the day applied.
		String posting = this.mvc.perform(get(this.postingPath).session(seeker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(posting)).contains("Saved").contains("You applied on");
	}

	@Test
	void withJavaScriptTheSaveButtonGetsJsonAndCountsOnce() throws Exception {
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, "quick@example.org");
		for (int i = 0; i < 2; i++) {
			String json = this.mvc
				.perform(post("/me/jobs/{id}/save", this.posting).session(seeker)
					.with(csrf())
					.accept(MediaType.APPLICATION_JSON))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(new ObjectMapper().readValue(json, Map.class)).containsEntry("saved", true);
		}
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seeker_job WHERE posting_id = ?", Long.class,
				this.posting))
			.isEqualTo(1);
		this.activity.flush();
		assertThat(this.jdbc.queryForObject("SELECT sum(saves) FROM posting_activity WHERE posting_id = ?", Long.class,
				this.posting))
			.as("the recruiter's count: one save, however often it is pressed")
			.isEqualTo(1);
		String json = this.mvc
			.perform(post("/me/jobs/{id}/unsave", this.posting).session(seeker)
				.with(csrf())
				.accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(new ObjectMapper().readValue(json, Map.class)).containsEntry("saved", false);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seeker_job WHERE posting_id = ?", Long.class,
				this.posting))
			.as("a row with nothing left in it goes")
			.isZero();
	}

	@Test
	void aVisitorsSaveLinkSignsThemInThenAsksOnce() throws Exception {
		String card = this.mvc.perform(get(this.postingPath))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(card).contains("href=\"/me/jobs/" + this.posting + "/save\"").doesNotContain("save-job");
		this.mvc.perform(get("/me/jobs/{id}/save", this.posting)).andExpect(redirectedUrl("/me/sign-in"));
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, "visitor@example.org");
		String confirm = this.mvc.perform(get("/me/jobs/{id}/save", this.posting).session(seeker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(confirm)).contains("Save this job?").contains("Senior MLOps Engineer");
		// A signed-in seeker's page carries a form instead.
		String mine = this.mvc.perform(get(this.postingPath).session(seeker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(mine).contains("save-job").contains("/js/keep-");
	}

	@Test
	void onlyPostingsSeekersMayReadCanBeKeptAndBadInputIsRefused() throws Exception {
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, "careful@example.org");
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		long draft = TestPostings.draft(this.mvc, recruiter, TestPostings.validForm());
		for (String action : List.of("save", "hide", "applied", "note")) {
			this.mvc.perform(post("/me/jobs/{id}/" + action, draft).session(seeker).with(csrf()).param("note", "x"))
				.andExpect(status().isNotFound());
			this.mvc.perform(post("/me/jobs/{id}/" + action, 999_999_999L).session(seeker).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(post("/me/jobs/nope/save").session(seeker).with(csrf())).andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/me/jobs/{id}/applied", this.posting).session(seeker).with(csrf()).param("on", "2999-01-01"))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/me/jobs/{id}/applied", this.posting).session(seeker).with(csrf()).param("on", "yesterday"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(
				post("/me/jobs/{id}/note", this.posting).session(seeker).with(csrf()).param("note", "x".repeat(2_001)))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seeker_job WHERE posting_id = ?", Long.class,
				this.posting))
			.as("nothing half-written")
			.isZero();
		// No open redirect: anywhere but a path here goes to /me.
		for (String back : List.of("https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)",
				"/x{y}")) {
			this.mvc.perform(post("/me/jobs/{id}/save", this.posting).session(seeker).with(csrf()).param("back", back))
				.andExpect(redirectedUrl("/me"));
		}
		// Without the form's token: refused.
		this.mvc.perform(post("/me/jobs/{id}/unsave", this.posting).session(seeker)).andExpect(status().isForbidden());
	}

	@Autowired
	private ClosingSoonMails closing;

	@Autowired
	private uk.mljobs.activity.PostingActivity activity;

	@Test
	void aSavedJobAboutToCloseIsMailedOnceAndShownAsClosingSoon() throws Exception {
		String email = "reminded@example.org";
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, email);
		MockHttpSession applied = TestAccounts.seeker(this.mvc, "already.applied@example.org");
		this.mvc.perform(post("/me/jobs/{id}/save", this.posting).session(seeker).with(csrf()));
		this.mvc.perform(post("/me/jobs/{id}/save", this.posting).session(applied).with(csrf()));
		this.mvc.perform(post("/me/jobs/{id}/applied", this.posting).session(applied).with(csrf()));
		this.jdbc.update("UPDATE posting SET closes_on = current_date + 2 WHERE id = ?", this.posting);
		this.closing.mailClosingSoon();
		List<Map<String, Object>> mails = this.jdbc.queryForList(
				"SELECT subject, body_text FROM mail_outbox WHERE recipient = ? AND subject LIKE '%closes soon%'",
				email);
		assertThat(mails).hasSize(1);
		assertThat(mails.get(0).get("subject").toString())
			.startsWith("A job you saved closes soon: Senior MLOps Engineer");
		assertThat(mails.get(0).get("body_text").toString()).contains("/me?sort=closing");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = 'already.applied@example.org' AND subject LIKE '%closes soon%'",
				Long.class))
			.as("no reminder once applied")
			.isZero();
		this.closing.mailClosingSoon();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject LIKE '%closes soon%'", Long.class,
				email))
			.as("once per saved job")
			.isEqualTo(1);
		assertThat(PageText
			.of(this.mvc.perform(get("/me").session(seeker)).andReturn().getResponse().getContentAsString()))
			.contains("Closing soon");
	}

	@Test
	void hiddenJobsLeaveTheSavedListAndCanComeBack() throws Exception {
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, "picky@example.org");
		this.mvc.perform(post("/me/jobs/{id}/save", this.posting).session(seeker).with(csrf()));
		this.mvc.perform(post("/me/jobs/{id}/hide", this.posting).session(seeker).with(csrf()))
			.andExpect(redirectedUrl("/me"));
		assertThat(
				this.jdbc.queryForMap("SELECT saved_at, hidden_at FROM seeker_job WHERE posting_id = ?", this.posting))
			.satisfies((row) -> {
				assertThat(row.get("saved_at")).as("a hidden job is not saved").isNull();
				assertThat(row.get("hidden_at")).isNotNull();
			});
		String page = PageText
			.of(this.mvc.perform(get("/me").session(seeker)).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("Show in my searches again");
		this.mvc.perform(post("/me/jobs/{id}/unhide", this.posting).session(seeker).with(csrf()))
			.andExpect(redirectedUrl("/me"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seeker_job WHERE posting_id = ?", Long.class,
				this.posting))
			.isZero();
	}

	@Test
	void aHiddenJobNeverShowsInThatSeekersSearchesOnly() throws Exception {
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, "hider@example.org");
		String link = "href=\"" + this.postingPath + "\"";
		assertThat(Eventually.within(() -> page("/jobs?sort=newest", null).contains(link), Duration.ofSeconds(20)))
			.as("the new posting is in the newest jobs")
			.isTrue();
		assertThat(page("/jobs?sort=newest", seeker)).contains(link);
		this.mvc
			.perform(post("/me/jobs/{id}/hide", this.posting).session(seeker)
				.with(csrf())
				.param("back", "/jobs?sort=newest"))
			.andExpect(redirectedUrl("/jobs?sort=newest"));
		assertThat(page("/jobs?sort=newest", seeker)).doesNotContain(link);
		assertThat(page("/jobs?sort=newest&q=mlops", seeker)).doesNotContain(link);
		assertThat(page("/jobs?sort=newest", null)).as("everyone else still sees it").contains(link);
		this.mvc.perform(post("/me/jobs/{id}/unhide", this.posting).session(seeker).with(csrf()));
		assertThat(page("/jobs?sort=newest", seeker)).contains(link);
	}

	private String page(String path, MockHttpSession session) {
		try {
			var request = get(path);
			if (session != null) {
				request.session(session);
			}
			return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void confirmedAlertsOfTheAddressAreTheSeekersAndGoWithTheAccount() throws Exception {
		String email = "alerted@example.org";
		this.jdbc.update("""
				INSERT INTO job_alert (email, query, label, frequency, confirmed_at, watermark, next_due_at)
				VALUES (?, 'q=mlops', 'MLOps jobs everywhere', 'DAILY', now(), now(), now() + interval '1 day')""",
				email);
		this.jdbc
			.update("""
					INSERT INTO job_alert (email, query, label, frequency) VALUES (?, 'q=llm', 'Unconfirmed LLM jobs', 'DAILY')""",
					email);
		this.jdbc.update("""
				INSERT INTO job_alert (email, query, label, frequency, confirmed_at, watermark, next_due_at)
				VALUES ('someone.else@example.org', 'q=x', 'Not mine', 'DAILY', now(), now(), now())""");
		MockHttpSession seeker = TestAccounts.seeker(this.mvc, email);
		this.mvc.perform(post("/me/jobs/{id}/save", this.posting).session(seeker).with(csrf()));
		String page = PageText
			.of(this.mvc.perform(get("/me").session(seeker)).andReturn().getResponse().getContentAsString());
		assertThat(page).contains("MLOps jobs everywhere")
			.doesNotContain("Unconfirmed LLM jobs")
			.doesNotContain("Not mine");
		// The download holds the account, the kept jobs and the alerts.
		String json = this.mvc.perform(get("/me/data").session(seeker))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, Object> data = new ObjectMapper().readValue(json,
				new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
				});
		assertThat(data.keySet()).contains("account", "trackedJobs", "jobAlertsOfTheAddress");
		assertThat(json).contains(email).contains("MLOps jobs everywhere").contains("\"posting_id\":" + this.posting);
		// A line break counts as one character, as the browser counts it.
		this.mvc
			.perform(post("/me/jobs/{id}/note", this.posting).session(seeker)
				.with(csrf())
				.param("note", "line\r\n".repeat(10) + "x".repeat(1_990 - 50)))
			.andExpect(redirectedUrl("/me"));
		// A sign-in mail asked for meanwhile goes with the account.
		this.mvc.perform(post("/me/sign-in/send").with(csrf()).param("email", email));
		assertThat(PageText.of(this.mvc.perform(get("/robots.txt")).andReturn().getResponse().getContentAsString()))
			.contains("Disallow: /me");
		// Delete needs the tick; then everything goes in one step.
		this.mvc.perform(post("/me/delete").session(seeker).with(csrf())).andExpect(redirectedUrl("/me#delete"));
		this.mvc.perform(post("/me/delete").session(seeker).with(csrf()).param("confirm", "yes"))
			.andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Long.class, email))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seeker_sign_in WHERE email = ?", Long.class, email))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM job_alert WHERE email = ?", Long.class, email))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seeker_job WHERE posting_id = ?", Long.class,
				this.posting))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM job_alert WHERE email = 'someone.else@example.org'",
				Long.class))
			.isEqualTo(1);
		this.mvc.perform(get("/me").session(seeker)).andExpect(status().is3xxRedirection());
	}

	@Test
	void oneSeekerNeverSeesAnothersJobs() throws Exception {
		MockHttpSession ann = TestAccounts.seeker(this.mvc, "ann.seeker@example.org");
		MockHttpSession bob = TestAccounts.seeker(this.mvc, "bob.seeker@example.org");
		this.mvc
			.perform(post("/me/jobs/{id}/note", this.posting).session(ann).with(csrf()).param("note", "Ann's secret"));
		String bobs = this.mvc.perform(get("/me").session(bob)).andReturn().getResponse().getContentAsString();
		assertThat(bobs).doesNotContain("Ann's secret").doesNotContain("Senior MLOps Engineer");
		assertThat(this.mvc.perform(get("/me/data").session(bob)).andReturn().getResponse().getContentAsString())
			.doesNotContain("Ann");
	}

}
