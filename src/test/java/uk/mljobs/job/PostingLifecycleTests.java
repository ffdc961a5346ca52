package uk.mljobs.job;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.activity.PostingActivity;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A posting's life through the pages recruiters and admins use, against PostgreSQL.
 */
@IntegrationTest
class PostingLifecycleTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PostingActivity activity;

	@Autowired
	private PostingService postings;

	@Autowired
	private uk.mljobs.job.PostingExpiry expiry;

	@Autowired
	private TestClock clock;

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	@BeforeEach
	void signIn() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void draftIsPrivateUntilSubmittedAndApproved() throws Exception {
		long id = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		this.mvc.perform(get("/jobs/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/recruiter/postings/" + id).session(this.recruiter))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Senior MLOps Engineer"), containsString("Submit for review"))));

		TestPostings.submit(this.mvc, this.recruiter, id);
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		this.mvc.perform(get("/jobs/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/moderation").session(this.admin))
			.andExpect(content().string(containsString("/admin/moderation/postings/" + id)));

		TestPostings.approve(this.mvc, this.admin, id);
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		this.mvc.perform(get("/jobs/" + id))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/jobs/" + id + "/senior-mlops-engineer"));
		this.mvc.perform(get("/jobs/" + id + "/wrong-slug"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/jobs/" + id + "/senior-mlops-engineer"));
		this.mvc.perform(get("/jobs/" + id + "/senior-mlops-engineer"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("£110,000–£140,000 a year"), containsString("Within the range"),
						containsString("<span>the curated band for Senior MLOps Engineer in London</span>"),
						containsString("£100,000–£150,000"), containsString("href=\"/jobs/" + id + "/apply\""),
						containsString("href=\"/roles/mlops-engineer\""),
						containsString("rel=\"nofollow noopener noreferrer\""))));
		assertThat(
				this.jdbc.queryForObject(
						"SELECT count(*) FROM moderation_decision WHERE subject = 'POSTING' "
								+ "AND subject_id = ? AND action = 'APPROVE' AND admin_id IS NOT NULL",
						Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void advertisedPayIsComparedWithTheCuratedBand() throws Exception {
		Map<String, String> low = TestPostings.validForm();
		low.put("payMin", "60000");
		low.put("payMax", "80000");
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, low);
		this.mvc.perform(get("/jobs/" + id + "/senior-mlops-engineer"))
			.andExpect(content().string(containsString("Below the range")));
	}

	@Test
	void rejectedPostingShowsTheReasonAndCanBeFixedAndResubmitted() throws Exception {
		long id = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		TestPostings.submit(this.mvc, this.recruiter, id);
		this.mvc
			.perform(post("/admin/moderation/postings/" + id + "/reject").with(csrf())
				.session(this.admin)
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Give the reason")));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		this.mvc
			.perform(post("/admin/moderation/postings/" + id + "/reject").with(csrf())
				.session(this.admin)
				.param("reason", "Say which team this is for."))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("REJECTED");
		this.mvc.perform(get("/recruiter/postings/" + id).session(this.recruiter))
			.andExpect(content().string(containsString("Say which team this is for.")));

		Map<String, String> fixed = this.editForm(id);
		fixed.put("title", "Senior MLOps Engineer, Fraud Platform");
		this.mvc.perform(TestPostings.submitForm("/recruiter/postings/" + id + "/edit", fixed).session(this.recruiter))
			.andExpect(status().is3xxRedirection());
		TestPostings.submit(this.mvc, this.recruiter, id);
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		assertThat(this.jdbc.queryForObject("SELECT rejection_reason FROM posting WHERE id = ?", String.class, id))
			.isNull();
	}

	@Test
	void changingTitlePayLocationOrDescriptionOfALivePostingSendsItBackToReview() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		Map<String, String> tagsOnly = this.editForm(id);
		tagsOnly.put("tags", "ray");
		this.mvc
			.perform(TestPostings.submitForm("/recruiter/postings/" + id + "/edit", tagsOnly).session(this.recruiter));
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");

		Map<String, String> newPay = this.editForm(id);
		newPay.put("payMax", "150000");
		this.mvc
			.perform(TestPostings.submitForm("/recruiter/postings/" + id + "/edit", newPay).session(this.recruiter));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflictNotASilentOverwrite() throws Exception {
		long id = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		Map<String, String> first = this.editForm(id);
		Map<String, String> second = this.editForm(id);
		first.put("title", "First edit");
		second.put("title", "Second edit");
		this.mvc.perform(TestPostings.submitForm("/recruiter/postings/" + id + "/edit", first).session(this.recruiter))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(TestPostings.submitForm("/recruiter/postings/" + id + "/edit", second).session(this.recruiter))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone changed this")));
		assertThat(this.jdbc.queryForObject("SELECT title FROM posting WHERE id = ?", String.class, id))
			.isEqualTo("First edit");
	}

	@Test
	void postingsExpireAfterTheirClosingDateAndCanBeReposted() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		this.expiry.expireDue();
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");

		this.clock.advance(Duration.ofDays(31));
		assertThat(this.expiry.expireDue()).isGreaterThanOrEqualTo(1);
		assertThat(statusOf(id)).isEqualTo("EXPIRED");
		this.mvc.perform(get("/jobs/" + id + "/senior-mlops-engineer"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("No longer accepting applications"),
					not(containsString("Apply on the employer")))));

		this.mvc.perform(post("/recruiter/postings/" + id + "/repost").with(csrf()).session(this.recruiter))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForObject("SELECT closes_on > ?::date FROM posting WHERE id = ?", Boolean.class,
				this.postings.today().toString(), id))
			.isTrue();
	}

	@Test
	void recruiterClosesOrFillsALivePostingWhichStaysReadable() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		this.mvc
			.perform(post("/recruiter/postings/" + id + "/close").with(csrf())
				.session(this.recruiter)
				.param("outcome", "filled"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("FILLED");
		this.mvc.perform(get("/jobs/" + id + "/senior-mlops-engineer"))
			.andExpect(content().string(containsString("The role has been filled")));
		this.mvc
			.perform(post("/recruiter/postings/" + id + "/close").with(csrf())
				.session(this.recruiter)
				.param("outcome", "vanished"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void outOfTurnStepsAreConflictsNotErrors() throws Exception {
		long id = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		TestPostings.approve(this.mvc, this.admin, id);
		assertThat(statusOf(id)).isEqualTo("DRAFT");
		this.mvc.perform(post("/admin/moderation/postings/" + id + "/approve").with(csrf()).session(this.admin))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/recruiter/postings/" + id + "/repost").with(csrf()).session(this.recruiter))
			.andExpect(status().isConflict());
	}

	@Test
	void aRecruiterCannotSeeOrChangeAnotherRecruitersPostings() throws Exception {
		long id = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		MockHttpSession other = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "arm", false),
				TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter/postings/" + id).session(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/recruiter/postings/" + id + "/edit").session(other)).andExpect(status().isNotFound());
		this.mvc.perform(post("/recruiter/postings/" + id + "/submit").with(csrf()).session(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/recruiter/postings/" + id + "/delete").with(csrf()).session(other))
			.andExpect(status().isNotFound());
		assertThat(statusOf(id)).isEqualTo("DRAFT");
	}

	@Test
	void aResubmittedFormMakesOnePosting() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		long first = TestPostings.draft(this.mvc, this.recruiter, form);
		long second = TestPostings.draft(this.mvc, this.recruiter, form);
		assertThat(second).isEqualTo(first);
		assertThat(rowsWithKey(form.get("idempotencyKey"))).isEqualTo(1);
	}

	@Test
	void twoConcurrentIdenticalSubmitsMakeOnePosting() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		try {
			java.util.List<Future<Long>> results = new java.util.ArrayList<>();
			for (int i = 0; i < 4; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return TestPostings.draft(this.mvc, this.recruiter, form);
				}));
			}
			start.countDown();
			java.util.Set<Long> ids = new java.util.HashSet<>();
			for (Future<Long> result : results) {
				ids.add(result.get());
			}
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(rowsWithKey(form.get("idempotencyKey"))).isEqualTo(1);
	}

	@Test
	void postingStatusOwnerOrViewsInTheFormChangeNothing() throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("status", "PUBLISHED");
		form.put("recruiterId", "1");
		form.put("views", "999999");
		form.put("sample", "true");
		form.put("approved", "true");
		long id = TestPostings.draft(this.mvc, this.recruiter, form);
		assertThat(this.jdbc.queryForMap("SELECT status, sample FROM posting WHERE id = ?", id))
			.containsEntry("status", "DRAFT")
			.containsEntry("sample", false);
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM posting_activity WHERE posting_id = ?", Long.class, id))
			.isZero();
	}

	@Test
	void draftsCanBeDeletedButPublishedPostingsOnlyClosed() throws Exception {
		long draft = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		this.mvc.perform(post("/recruiter/postings/" + draft + "/delete").with(csrf()).session(this.recruiter))
			.andExpect(redirectedUrl("/recruiter"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE id = ?", Integer.class, draft))
			.isZero();
		long live = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		this.mvc.perform(post("/recruiter/postings/" + live + "/delete").with(csrf()).session(this.recruiter))
			.andExpect(status().isConflict());
	}

	@Test
	void dashboardListsPostingsWithStatusViewsAndDaysLeft() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		String browser = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
		this.mvc.perform(get("/jobs/" + id + "/senior-mlops-engineer").header("User-Agent", browser));
		this.mvc.perform(get("/jobs/" + id + "/senior-mlops-engineer").header("User-Agent", browser));
		// A program's read is not a view.
		this.mvc.perform(get("/jobs/" + id + "/senior-mlops-engineer").header("User-Agent", "curl/8.5.0"));
		this.activity.flush();
		this.mvc.perform(get("/recruiter").session(this.recruiter))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Published"), containsString("<td data-label=\"Views\" class=\"num\">2</td>"),
							containsString("<td data-label=\"Days left\">30</td>"))));
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, id);
	}

	private int rowsWithKey(String key) {
		return this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE idempotency_key = ?::uuid", Integer.class,
				key);
	}

	private Map<String, String> editForm(long id) {
		Map<String, String> form = TestPostings.validForm();
		form.put("idempotencyKey",
				this.jdbc.queryForObject("SELECT idempotency_key::text FROM posting WHERE id = ?", String.class, id));
		form.put("version", String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM posting WHERE id = ?", Integer.class, id)));
		form.put("title", this.jdbc.queryForObject("SELECT title FROM posting WHERE id = ?", String.class, id));
		return form;
	}

}
