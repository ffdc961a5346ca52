package uk.mljobs.roleguide;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.mljobs.market.Market;
import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.shared.PostingsChanged;
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
 * A published guide can be taken off the site, after a confirmation, unless postings
 * still need its role; an ended posting of the role stays readable, and publishing the
 * guide again brings it back.
 */
@IntegrationTest
class GuideUnpublishingTests {

	private static final String SLUG = "retiring-engineer";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private Market market;

	@Autowired
	private PlatformTransactionManager transactions;

	private MockHttpSession admin;

	private long id;

	@BeforeEach
	void publishedGuide() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
		this.id = this.jdbc.queryForObject("""
				INSERT INTO role (slug, title, tagline, summary, source_title, source_updated, position, published_at)
				SELECT ?, 'Retiring Engineer', 'A guide on its way out.', 'A published guide for this test.',
				  'Our survey', 'May 2026', max(position) + 1, now() FROM role RETURNING id""", Long.class, SLUG);
		this.jdbc.update("INSERT INTO level (role_id, slug, title, position) VALUES (?, 'senior', 'Senior', 0)",
				this.id);
		this.jdbc.update("""
				INSERT INTO guide_section (role_id, slug, topic, heading, body, position)
				VALUES (?, 'what', 'OVERVIEW', 'What the job is', 'Our own words about the job.', 0)""", this.id);
		this.events.publishEvent(new CuratedContentChanged("test guide added"));
	}

	@AfterEach
	void remove() {
		this.jdbc.update("DELETE FROM job_alert WHERE email = 'retiring@example.com'");
		this.jdbc.update("DELETE FROM posting WHERE role_id = ?", this.id);
		this.jdbc.update("DELETE FROM guide_section WHERE role_id = ?", this.id);
		this.jdbc.update("DELETE FROM level WHERE role_id = ?", this.id);
		this.jdbc.update("DELETE FROM moderation_decision WHERE subject = 'GUIDE' AND subject_id = ?", this.id);
		this.jdbc.update("DELETE FROM role WHERE id = ?", this.id);
		this.events.publishEvent(new CuratedContentChanged("test guide removed"));
		this.events.publishEvent(new PostingsChanged());
	}

	@Test
	void aGuideStaysPublishedWhilePostingsNeedItThenGoesAfterConfirmingAndComesBack() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc,
				TestAccounts.recruiter(this.mvc, "natwest-group", false), TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Senior Retiring Engineer");
		form.put("role", SLUG);
		long posting = TestPostings.published(this.mvc, recruiter, this.admin, form);
		this.jdbc.update("""
				INSERT INTO job_alert (email, query, label, frequency, confirmed_at, watermark, next_due_at)
				VALUES ('retiring@example.com', 'role=' || ? || '&region=london', 'Retiring Engineer in London',
				        'WEEKLY', now(), now(), now() + interval '7 days')""", SLUG);

		assertThat(page()).contains("1 live posting names this role")
			.contains("0 postings waiting for review name this role")
			.contains("1 job alert filters on this role")
			.contains("The guide stays published while postings name its role")
			.doesNotContain("Take the guide off the site until it is published again");
		assertThat(PageText.of(this.mvc.perform(unpublish("yes", version()))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString())).contains("The guide stays published while postings name its role");
		assertThat(published()).isTrue();

		this.mvc.perform(post("/recruiter/postings/" + posting + "/close").with(csrf()).session(recruiter));
		assertThat(page()).contains("0 live postings name this role")
			.contains("Take the guide off the site until it is published again");
		assertThat(PageText.of(this.mvc.perform(unpublish("", version()))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString())).contains("Tick the box to confirm the guide should leave the site.");
		this.mvc.perform(unpublish("yes", String.valueOf(Integer.parseInt(version()) - 1)))
			.andExpect(status().isConflict());
		assertThat(published()).isTrue();

		this.mvc.perform(unpublish("yes", version())).andExpect(redirectedUrl("/admin/guides/" + this.id));
		assertThat(published()).isFalse();
		assertThat(this.jdbc.queryForObject(
				"""
						SELECT count(*) FROM moderation_decision
						WHERE subject = 'GUIDE' AND subject_id = ? AND subject_label LIKE '%unpublished' AND reason = 'Merged away'""",
				Integer.class, this.id))
			.isEqualTo(1);
		this.mvc.perform(get("/roles/" + SLUG)).andExpect(status().isNotFound());
		assertThat(text("/roles")).doesNotContain("Retiring Engineer");
		assertThat(text("/salaries/checker")).doesNotContain("Retiring Engineer");
		assertThat(PageText.of(this.mvc.perform(get("/recruiter/postings/new").session(recruiter))
			.andReturn()
			.getResponse()
			.getContentAsString())).doesNotContain("Retiring Engineer");
		String ended = this.mvc.perform(get("/jobs/" + posting + "/senior-retiring-engineer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ended).contains("Senior Retiring Engineer").doesNotContain("href=\"/roles/" + SLUG + "\"");

		this.mvc
			.perform(post("/admin/guides/" + this.id + "/publish").with(csrf())
				.session(this.admin)
				.param("version", version())
				.param("confirm", "yes"))
			.andExpect(redirectedUrl("/admin/guides/" + this.id));
		this.mvc.perform(get("/roles/" + SLUG)).andExpect(status().isOk());
		assertThat(this.mvc.perform(get("/jobs/" + posting + "/senior-retiring-engineer"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("href=\"/roles/" + SLUG + "\"");
	}

	@Test
	void aDraftOfTheRoleCannotGoForReviewOnceTheGuideIsOff() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc,
				TestAccounts.recruiter(this.mvc, "natwest-group", false), TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Senior Retiring Engineer");
		form.put("role", SLUG);
		long draft = TestPostings.draft(this.mvc, recruiter, form);
		this.mvc.perform(unpublish("yes", version())).andExpect(redirectedUrl("/admin/guides/" + this.id));

		String refused = this.mvc
			.perform(post("/recruiter/postings/" + draft + "/submit").with(csrf()).session(recruiter))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(refused)).contains("This role's guide was taken off the site");
		assertThat(this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, draft))
			.isEqualTo("DRAFT");
	}

	@Test
	void aPostingQueuedWhileTheGuideIsBeingTakenOffKeepsItPublished() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc,
				TestAccounts.recruiter(this.mvc, "natwest-group", false), TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Senior Retiring Engineer");
		form.put("role", SLUG);
		long draft = TestPostings.draft(this.mvc, recruiter, form);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		CountDownLatch held = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			// A submission holds the role, then takes its time to commit.
			Future<?> submitting = threads.submit(() -> transaction.executeWithoutResult((status) -> {
				assertThat(this.market.holdPublishedRole(this.id)).isTrue();
				this.jdbc.update("UPDATE posting SET status = 'SUBMITTED', submitted_at = now() WHERE id = ?", draft);
				held.countDown();
				await(release);
			}));
			await(held);
			Future<Boolean> unpublishing = threads.submit(() -> this.market.unpublishRole(this.id));
			Thread.sleep(300);
			assertThat(unpublishing).as("waits for the submission to commit").isNotDone();
			release.countDown();
			submitting.get(10, TimeUnit.SECONDS);
			assertThat(unpublishing.get(10, TimeUnit.SECONDS)).as("sees the queued posting").isFalse();
			assertThat(published()).isTrue();
		}
		finally {
			release.countDown();
			threads.shutdownNow();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String page() throws Exception {
		return PageText.of(this.mvc.perform(get("/admin/guides/" + this.id + "/unpublish").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String text(String path) throws Exception {
		return PageText.of(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
	}

	private RequestBuilder unpublish(String confirm, String version) {
		return post("/admin/guides/" + this.id + "/unpublish").with(csrf())
			.session(this.admin)
			.param("version", version)
			.param("confirm", confirm)
			.param("reason", "Merged away");
	}

	private String version() {
		return String
			.valueOf(this.jdbc.queryForObject("SELECT version FROM role WHERE id = ?", Integer.class, this.id));
	}

	private boolean published() {
		return this.jdbc.queryForObject("SELECT published_at IS NOT NULL FROM role WHERE id = ?", Boolean.class,
				this.id);
	}

}
