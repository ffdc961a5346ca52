package uk.mljobs.job;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Still hiring?": on day 14 and day 25 of its run a posting's recruiter gets a one-click
 * link; a check nobody confirms within 7 days closes the posting as not confirmed, and
 * the posting says so.
 */
@IntegrationTest
class StillHiringTests {

	private static final Pattern LINK = Pattern.compile("(/postings/still-hiring\\?token=[A-Za-z0-9_-]{43})");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private StillHiring stillHiring;

	private String email;

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	@BeforeEach
	void recruiter() throws Exception {
		this.email = TestAccounts.recruiter(this.mvc, "deliveroo", false);
		this.recruiter = TestAccounts.signIn(this.mvc, this.email, TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
	}

	@Test
	void aConfirmedPostingStaysOpenAndIsAskedAgainOnDay25() throws Exception {
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, TestPostings.validForm());
		liveFor(id, Duration.ofDays(13));
		this.stillHiring.run();
		assertThat(checks(id)).isZero();

		liveFor(id, Duration.ofDays(14).plusHours(1));
		this.stillHiring.run();
		assertThat(checks(id)).isOne();
		String link = mailedLink(id);
		// Opening the link confirms nothing: mail scanners open links.
		assertThat(page(get(link), 200)).contains("Still hiring?").contains("Yes, still hiring");
		assertThat(page(post("/postings/still-hiring").with(csrf()).param("token", token(link)), 200))
			.contains("Thank you: confirmed");
		assertThat(page(post("/postings/still-hiring").with(csrf()).param("token", token(link)), 200))
			.contains("Already confirmed");
		this.stillHiring.run();
		assertThat(checks(id)).as("asked once a round").isOne();

		answerAgo(id, Duration.ofDays(8));
		this.stillHiring.run();
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		liveFor(id, Duration.ofDays(25).plusHours(1));
		this.stillHiring.run();
		assertThat(checks(id)).as("day 25").isEqualTo(2);
	}

	@Test
	void aPostingNobodyConfirmsWithinAWeekClosesAndSaysSo() throws Exception {
		java.util.Map<String, String> form = TestPostings.validForm();
		form.put("title", "Unconfirmed MLOps Engineer");
		long id = TestPostings.published(this.mvc, this.recruiter, this.admin, form);
		liveFor(id, Duration.ofDays(14).plusHours(1));
		this.stillHiring.run();
		String link = mailedLink(id);
		answerAgo(id, Duration.ofDays(6));
		this.stillHiring.run();
		assertThat(statusOf(id)).isEqualTo("PUBLISHED");
		answerAgo(id, Duration.ofDays(7).plusHours(1));
		int[] counts = this.stillHiring.run();
		assertThat(counts[1]).isOne();
		assertThat(statusOf(id)).isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForObject("SELECT not_confirmed FROM posting WHERE id = ?", Boolean.class, id))
			.isTrue();
		assertThat(page(get("/jobs/" + id + "/unconfirmed-mlops-engineer"), 200))
			.contains("No longer accepting applications")
			.contains("the employer did not confirm, when we asked, that they were still hiring");
		assertThat(page(get("/recruiter/postings/" + id).session(this.recruiter), 200))
			.contains("nobody confirmed, within 7 days of our mail");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject = 'Your posting has closed: Unconfirmed MLOps Engineer'",
				Integer.class, this.email))
			.isOne();
		// The late click finds nothing left to confirm.
		assertThat(page(post("/postings/still-hiring").with(csrf()).param("token", token(link)), 200))
			.contains("no longer live");
	}

	@Test
	void aLinkWeNeverSentIsGone() throws Exception {
		for (String token : new String[] { "", "nonsense", "A".repeat(43), "<script>" }) {
			assertThat(page(get("/postings/still-hiring").param("token", token), 410))
				.contains("This link does not work");
			assertThat(page(post("/postings/still-hiring").with(csrf()).param("token", token), 410))
				.contains("This link does not work");
		}
		assertThat(page(get("/postings/still-hiring"), 410)).contains("This link does not work");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request, int status) throws Exception {
		return PageText.of(this.mvc.perform(request)
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * The posting went live this long ago. The data moves back rather than the clock
	 * forward: changes stamped in the future would confuse the search feed other tests
	 * read.
	 */
	private void liveFor(long id, Duration ago) {
		this.jdbc.update("UPDATE posting SET published_at = now() - make_interval(secs => ?) WHERE id = ?",
				(double) ago.toSeconds(), id);
	}

	/** The latest check of the posting was mailed this long ago. */
	private void answerAgo(long id, Duration ago) {
		this.jdbc.update(
				"UPDATE posting_hiring_check SET sent_at = now() - make_interval(secs => ?) "
						+ "WHERE posting_id = ? AND period_start = (SELECT published_at FROM posting WHERE id = ?)",
				(double) ago.toSeconds(), id, id);
	}

	private int checks(long id) {
		return this.jdbc.queryForObject("SELECT count(*) FROM posting_hiring_check WHERE posting_id = ?", Integer.class,
				id);
	}

	private String statusOf(long id) {
		return this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, id);
	}

	private String mailedLink(long id) {
		String body = this.jdbc.queryForObject("SELECT body_text FROM mail_outbox WHERE recipient = ? "
				+ "AND subject LIKE 'Still hiring for %' ORDER BY id DESC LIMIT 1", String.class, this.email);
		Matcher link = LINK.matcher(body);
		assertThat(link.find()).as("a link in %s", body).isTrue();
		return link.group(1);
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

}
