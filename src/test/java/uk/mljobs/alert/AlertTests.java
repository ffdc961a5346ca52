package uk.mljobs.alert;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.mljobs.search.SearchIndexing;
import uk.mljobs.support.AllAtOnce;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestMail;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestPostings;
import uk.mljobs.system.MailOutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Job alerts end to end against real PostgreSQL and a real SMTP server (GreenMail):
 * double opt-in, digests of what is new, one-click unsubscribe, delete-my-data, and an
 * outbox that neither loses nor repeats a mail.
 */
@IntegrationTest
class AlertTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestMail.smtp());

	private static final Pattern CONFIRM = Pattern.compile("/alerts/confirm\\?alert=(\\d+)&sig=([\\w-]+)");

	private static final Pattern UNSUBSCRIBE = Pattern.compile("/alerts/unsubscribe\\?alert=(\\d+)&sig=([\\w-]+)");

	private static final Pattern MANAGE = Pattern.compile("/alerts/manage\\?alert=(\\d+)&sig=([\\w-]+)");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SearchIndexing indexing;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private AlertDigests digests;

	@Autowired
	private AlertMails mails;

	@Autowired
	private TestClock clock;

	@Autowired
	private PlatformTransactionManager transactions;

	@BeforeEach
	@AfterEach
	void clean() {
		this.clock.reset();
		this.jdbc.update("DELETE FROM mail_outbox");
		this.jdbc.update("DELETE FROM job_alert");
		// Each test counts the Zebrafish postings it publishes itself.
		this.jdbc.update("DELETE FROM posting WHERE title LIKE 'Zebrafish %'");
		this.indexing.awaitCurrent();
	}

	@Test
	void aConfirmedAlertMailsWhatIsNewAndStopsInOneClick() throws Exception {
		this.mvc.perform(subscribe("Seeker@Example.com", "DAILY", "q", "zebrafish", "role", "mlops-engineer"))
			.andExpect(redirectedUrl("/alerts/sent"));
		assertThat(this.outbox.deliver()).isEqualTo(1);
		MimeMessage confirmation = only(smtp.getReceivedMessages());
		assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("seeker@example.com");
		assertThat(confirmation.getSubject()).startsWith("Confirm your job alert: “zebrafish” · MLOps Engineer");
		Matcher link = find(CONFIRM, text(confirmation));

		// Following the link (as a mail scanner would) changes nothing; the button does.
		this.mvc.perform(get(link.group(0))).andExpect(content().string(containsString("Confirm your job alert")));
		assertThat(confirmed()).isFalse();
		this.mvc.perform(post("/alerts/confirm").with(csrf()).param("alert", link.group(1)).param("sig", link.group(2)))
			.andExpect(content().string(containsString("Your job alert is on")));
		assertThat(confirmed()).isTrue();

		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Zebrafish Platform Engineer");
		long posting = TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);
		// The recruiter's "your posting is live" mail is not this test's to send.
		this.jdbc.update("UPDATE mail_outbox SET sent_at = now() WHERE subject LIKE 'Your posting is live%'");

		this.clock.advance(Duration.ofDays(1).plusMinutes(5));
		assertThat(this.digests.buildDue()).isEqualTo(1);
		assertThat(this.digests.buildDue()).as("built once a period").isZero();
		assertThat(this.outbox.deliver()).isEqualTo(1);
		MimeMessage digest = smtp.getReceivedMessages()[1];
		assertThat(digest.getSubject()).isEqualTo("1 new job: “zebrafish” · MLOps Engineer");
		String body = text(digest);
		assertThat(body).contains("Zebrafish Platform Engineer").contains("/jobs/" + posting + "/");
		assertThat(digest.getMessageID()).startsWith("<digest.").endsWith("@mljobs.uk>");
		assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
		Matcher stop = find(UNSUBSCRIBE, digest.getHeader("List-Unsubscribe")[0]);

		// The mail provider's one-click POST: no session, no CSRF token.
		this.mvc
			.perform(post(stop.group(0)).contentType("application/x-www-form-urlencoded")
				.content("List-Unsubscribe=One-Click"))
			.andExpect(content().string(containsString("Job alert stopped")));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM job_alert", Integer.class)).isZero();
		this.mvc.perform(post(stop.group(0))).andExpect(status().isNotFound());
	}

	@Test
	void theSearchPageOffersAnAlertWithoutStartingASession() throws Exception {
		var result = this.mvc
			.perform(get("/jobs").param("q", "python").param("role", "mlops-engineer").param("page", "2"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).as("no session for an anonymous search").isNull();
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(result.getResponse().getContentAsString())
			.contains("href=\"/alerts/new?q=python&amp;role=mlops-engineer\"");
	}

	@Test
	void everyAlertPageIsValidHtml() throws Exception {
		long id = confirmedAlert("pages@example.com");
		String[] links = this.jdbc
			.queryForObject("SELECT body_text FROM mail_outbox WHERE alert_id = ?", String.class, id)
			.lines()
			.filter((line) -> line.contains("/alerts/confirm"))
			.toArray(String[]::new);
		Matcher confirm = find(CONFIRM, links[0]);
		List<String> pages = List.of("/alerts", "/alerts/new?q=python&role=mlops-engineer", "/alerts/sent",
				confirm.group(0), confirm.group(0).replace("/confirm?", "/unsubscribe?"),
				"/jobs?q=python&workMode=remote");
		for (String page : pages) {
			byte[] html = this.mvc.perform(get(page)).andReturn().getResponse().getContentAsByteArray();
			if (page.contains("/unsubscribe?")) {
				// The confirm signature does not unsubscribe: a 404 page, itself valid.
				assertThat(new String(html, java.nio.charset.StandardCharsets.UTF_8)).contains("404");
			}
			assertThat(uk.mljobs.support.HtmlChecker.errorsIn(html)).as(page).isEmpty();
		}
		byte[] invalid = this.mvc.perform(subscribe("", "DAILY", "q", "python"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(uk.mljobs.support.HtmlChecker.errorsIn(invalid)).as("form with errors").isEmpty();
	}

	@Test
	void eachPostingIsInExactlyOneDigest() throws Exception {
		long alert = confirmedAlert("window@example.com");
		java.time.Instant watermark = this.jdbc
			.queryForObject("SELECT watermark FROM job_alert WHERE id = ?", java.sql.Timestamp.class, alert)
			.toInstant();
		long before = zebrafish("Zebrafish Before Engineer");
		long inside = zebrafish("Zebrafish Inside Engineer");
		long late = zebrafish("Zebrafish Late Engineer");
		this.clock.advance(Duration.ofDays(1).plusMinutes(5));
		java.time.Instant now = this.clock.instant();
		setPublished(before, watermark.minusSeconds(1));
		setPublished(inside, watermark.plusSeconds(60));
		// Approved a minute ago: its transaction may not be visible everywhere yet, so it
		// waits.
		setPublished(late, now.minusSeconds(60));
		assertThat(this.digests.buildDue()).isEqualTo(1);
		String first = this.jdbc.queryForObject(
				"SELECT body_text FROM mail_outbox WHERE alert_id = ? AND dedup_key LIKE 'digest:%'", String.class,
				alert);
		assertThat(first).contains("Zebrafish Inside Engineer").doesNotContain("Before").doesNotContain("Late");
		this.clock.advance(Duration.ofDays(1));
		assertThat(this.digests.buildDue()).isEqualTo(1);
		List<String> bodies = this.jdbc.queryForList(
				"SELECT body_text FROM mail_outbox WHERE alert_id = ? AND dedup_key LIKE 'digest:%' ORDER BY id",
				String.class, alert);
		assertThat(bodies).hasSize(2);
		assertThat(bodies.get(1)).contains("Zebrafish Late Engineer").doesNotContain("Inside").doesNotContain("Before");
	}

	@Test
	void nothingIsSentBeforeConfirmationAndUnconfirmedAlertsAreDeletedAfterAWeek() throws Exception {
		this.mvc.perform(subscribe("quiet@example.com", "WEEKLY", "q", "zebrafish"));
		this.outbox.deliver();
		this.clock.advance(Duration.ofDays(6));
		this.digests.tidy();
		assertThat(held("quiet@example.com")).as("within the week").isEqualTo(2);
		this.clock.advance(Duration.ofDays(2));
		assertThat(this.digests.buildDue()).isZero();
		this.digests.tidy();
		assertThat(held("quiet@example.com")).as("the alert and its confirmation mail").isZero();
	}

	@Test
	void sentMailsAreKeptAWeekAndTheLastUnsubscribeLeavesNothingOfTheAddress() throws Exception {
		confirmedAlert("keeper@example.com");
		this.mvc.perform(subscribe("keeper@example.com", "WEEKLY", "role", "machine-learning-engineer"));
		long second = this.jdbc.queryForObject("SELECT max(id) FROM job_alert WHERE email = 'keeper@example.com'",
				Long.class);
		this.jdbc.update("UPDATE job_alert SET confirmed_at = now(), watermark = now(), "
				+ "next_due_at = now() + interval '7 days' WHERE id = ?", second);
		this.outbox.deliver();
		assertThat(held("keeper@example.com")).isEqualTo(4);
		// A week on, housekeeping deletes the sent mails and keeps the alerts.
		this.clock.advance(Duration.ofDays(8));
		this.digests.tidy();
		assertThat(held("keeper@example.com")).isEqualTo(2);

		this.mvc.perform(post(this.mails.unsubscribePath(second, "keeper@example.com")))
			.andExpect(content().string(containsString("Job alert stopped")));
		assertThat(held("keeper@example.com")).isEqualTo(1);
		long first = this.jdbc.queryForObject("SELECT id FROM job_alert WHERE email = 'keeper@example.com'",
				Long.class);
		this.mvc.perform(post("/alerts/manage-link").with(csrf()).param("email", "keeper@example.com"));
		assertThat(held("keeper@example.com")).as("the alert and its manage mail").isEqualTo(2);
		this.mvc.perform(post(this.mails.unsubscribePath(first, "keeper@example.com")))
			.andExpect(content().string(containsString("Job alert stopped")));
		assertThat(held("keeper@example.com")).as("no alert and no mail left").isZero();
	}

	@Test
	void anAddressWithTheMostAlertsGetsTheSameAnswerAndAMailSayingWhy() throws Exception {
		for (int i = 0; i < 20; i++) {
			this.jdbc.update("INSERT INTO job_alert (email, query, label, frequency, created_at) "
					+ "VALUES ('busy@example.com', ?, ?, 'DAILY', now())", "q=topic" + i, "topic " + i);
		}
		this.mvc.perform(subscribe("busy@example.com", "DAILY", "q", "zebrafish"))
			.andExpect(redirectedUrl("/alerts/sent"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM job_alert WHERE email = 'busy@example.com'",
				Integer.class))
			.as("nothing added")
			.isEqualTo(20);
		assertThat(this.jdbc.queryForObject(
				"SELECT body_text FROM mail_outbox WHERE recipient = 'busy@example.com' AND subject = ?", String.class,
				"Your job alert was not added"))
			.contains("It already has 20 job")
			.contains("/alerts/manage?");
		this.jdbc.update("DELETE FROM mail_outbox WHERE recipient = 'busy@example.com'");
		this.jdbc.update("DELETE FROM job_alert WHERE email = 'busy@example.com'");
	}

	/** Rows holding an address: its alerts and every mail to it. */
	private int held(String email) {
		return this.jdbc.queryForObject("SELECT (SELECT count(*) FROM job_alert WHERE email = ?) + "
				+ "(SELECT count(*) FROM mail_outbox WHERE recipient = ?)", Integer.class, email, email);
	}

	@Test
	void aCrashBeforeCommitLosesNothingAndARaceForTheSamePeriodWritesOneMail() throws Exception {
		long alert = confirmedAlert("crash@example.com");
		publishedZebrafish();
		this.clock.advance(Duration.ofDays(1).plusMinutes(5));
		TransactionTemplate tx = new TransactionTemplate(this.transactions);
		// The digest is built and its mail written, then the process dies before commit.
		tx.executeWithoutResult((status) -> {
			assertThat(this.digests.buildOne()).isEqualTo(1);
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE dedup_key LIKE 'digest:%'",
				Integer.class))
			.isZero();
		// Still due, so the next run builds it.
		assertThat(this.digests.buildDue()).isEqualTo(1);
		// A second instance that read the alert before the first committed builds the
		// same period again.
		this.jdbc.update("UPDATE job_alert SET next_due_at = next_due_at - interval '1 day', "
				+ "watermark = watermark - interval '1 day' WHERE id = ?", alert);
		this.digests.buildDue();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE alert_id = ? AND dedup_key LIKE 'digest:%'", Integer.class,
				alert))
			.isEqualTo(1);
	}

	@Test
	void aFailedSendIsRetriedLaterAndConcurrentSendersSendEachMailOnce() throws Exception {
		for (int i = 0; i < 12; i++) {
			this.mvc.perform(subscribe("many" + i + "@example.com", "DAILY", "q", "zebrafish"));
		}
		smtp.stop();
		assertThat(this.outbox.deliver()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM mail_outbox WHERE attempts = 1 AND sent_at IS NULL",
				Integer.class))
			.isEqualTo(12);
		smtp.start();
		assertThat(this.outbox.deliver()).as("not due again yet").isZero();
		this.clock.advance(Duration.ofMinutes(2));
		List<Integer> sent = AllAtOnce.run(3, (i) -> this.outbox::deliver);
		assertThat(sent.stream().mapToInt(Integer::intValue).sum()).isEqualTo(12);
		assertThat(smtp.getReceivedMessages()).hasSize(12);
		assertThat(List.of(smtp.getReceivedMessages()).stream().map((m) -> {
			try {
				return m.getAllRecipients()[0].toString();
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).distinct().count()).isEqualTo(12);
	}

	@Test
	void aSendWhoseCommitIsLostGoesAgainWithTheSameMessageId() throws Exception {
		this.mvc.perform(subscribe("twice@example.com", "DAILY", "q", "zebrafish"));
		assertThat(this.outbox.deliver()).isEqualTo(1);
		// The SMTP server took it, then the commit of sent_at was lost (a crash): the row
		// is still due, and goes again under the same Message-ID, which mail systems use
		// to drop the repeat.
		this.jdbc.update("UPDATE mail_outbox SET sent_at = NULL, attempts = 0");
		assertThat(this.outbox.deliver()).isEqualTo(1);
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID()).startsWith("<confirm.");
	}

	@Test
	void aWeeklyAlertMailsOnceAWeekWithTheWeeksPostings() throws Exception {
		this.mvc.perform(subscribe("weekly@example.com", "WEEKLY", "q", "zebrafish"));
		long alert = this.jdbc.queryForObject("SELECT id FROM job_alert WHERE email = 'weekly@example.com'",
				Long.class);
		this.outbox.deliver();
		Matcher link = find(CONFIRM, text(smtp.getReceivedMessages()[0]));
		this.mvc
			.perform(post("/alerts/confirm").with(csrf()).param("alert", link.group(1)).param("sig", link.group(2)));
		publishedZebrafish();
		this.clock.advance(Duration.ofDays(3));
		assertThat(this.digests.buildDue()).as("not due mid-week").isZero();
		this.clock.advance(Duration.ofDays(4).plusMinutes(5));
		assertThat(this.digests.buildDue()).isEqualTo(1);
		assertThat(this.digests.buildDue()).as("once a week").isZero();
		assertThat(this.jdbc.queryForObject(
				"SELECT next_due_at > now() + interval '6 days' FROM job_alert WHERE id = ?", Boolean.class, alert))
			.as("next one a week on")
			.isTrue();
		this.outbox.deliver();
		assertThat(subject(smtp.getReceivedMessages()[1])).startsWith("1 new job");
	}

	@Test
	void badInputIsRefusedWithAMessageAndNothingIsStored() throws Exception {
		this.mvc.perform(subscribe("not-an-address", "DAILY", "q", "zebrafish"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Enter an email address like name@example.com.")));
		this.mvc.perform(subscribe("ok@example.com", "HOURLY", "q", "zebrafish"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose daily or weekly.")));
		this.mvc.perform(subscribe("ok@example.com", "DAILY", "role", "astronaut")).andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM job_alert", Integer.class)).isZero();
		this.mvc.perform(get("/alerts/confirm").param("alert", "1").param("sig", "forged"))
			.andExpect(status().isNotFound());
		// Control characters go, as from every form field; a NUL must not reach
		// PostgreSQL.
		this.mvc.perform(subscribe("nul\u0000@example.com", "DAILY", "q", "zebrafish"))
			.andExpect(redirectedUrl("/alerts/sent"));
		this.mvc.perform(post("/alerts/manage-link").with(csrf()).param("email", "nul\u0000@example.com"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT email FROM job_alert", String.class)).isEqualTo("nul@example.com");
	}

	@Test
	void deleteMyDataRemovesTheAddressEverywhere() throws Exception {
		confirmedAlert("private@example.com");
		this.mvc.perform(subscribe("private@example.com", "WEEKLY", "role", "machine-learning-engineer"));
		this.mvc.perform(subscribe("someone-else@example.com", "WEEKLY", "q", "zebrafish"));
		this.mvc.perform(post("/alerts/manage-link").with(csrf()).param("email", "PRIVATE@example.com"))
			.andExpect(content().string(containsString("If that address has alerts")));
		this.mvc.perform(post("/alerts/manage-link").with(csrf()).param("email", "nobody@example.com"))
			.andExpect(content().string(containsString("If that address has alerts")));
		this.outbox.deliver();
		MimeMessage manage = List.of(smtp.getReceivedMessages())
			.stream()
			.filter((m) -> subject(m).startsWith("Your job alerts"))
			.reduce((a, b) -> {
				throw new AssertionError("one manage mail expected");
			})
			.orElseThrow();
		Matcher link = find(MANAGE, text(manage));
		this.mvc.perform(get(link.group(0)))
			.andExpect(content().string(containsString("zebrafish")))
			.andExpect(content().string(containsString("Machine Learning Engineer")));
		this.mvc.perform(post("/alerts/forget").with(csrf()).param("alert", link.group(1)).param("sig", link.group(2)))
			.andExpect(content().string(containsString("We deleted 2 alerts")));
		assertThat(
				this.jdbc.queryForObject(
						"SELECT (SELECT count(*) FROM job_alert WHERE email = 'private@example.com') + "
								+ "(SELECT count(*) FROM mail_outbox WHERE recipient = 'private@example.com')",
						Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM job_alert", Integer.class)).isEqualTo(1);
	}

	@Test
	void oneClientAddressCannotFloodMailboxes() throws Exception {
		int refused = 0;
		for (int i = 0; i < 52; i++) {
			int code = this.mvc.perform(subscribe("flood@example.com", "DAILY", "q", "x" + i).with((request) -> {
				request.setRemoteAddr("203.0.113.77");
				return request;
			})).andReturn().getResponse().getStatus();
			refused += (code == 429) ? 1 : 0;
		}
		assertThat(refused).isEqualTo(2);
	}

	private long confirmedAlert(String email) throws Exception {
		this.mvc.perform(subscribe(email, "DAILY", "q", "zebrafish"));
		long id = this.jdbc.queryForObject("SELECT max(id) FROM job_alert WHERE email = ?", Long.class, email);
		this.jdbc.update("UPDATE job_alert SET confirmed_at = now(), watermark = now(), "
				+ "next_due_at = now() + interval '1 day' WHERE id = ?", id);
		return id;
	}

	private long zebrafish(String title) throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", title);
		return TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);
	}

	private void setPublished(long posting, java.time.Instant at) {
		this.jdbc.update("UPDATE posting SET published_at = ? WHERE id = ?", java.sql.Timestamp.from(at), posting);
		// The search index follows writes made behind the app's back; wait for it.
		this.indexing.awaitCurrent();
	}

	private void publishedZebrafish() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Zebrafish Inference Engineer");
		TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);
	}

	private boolean confirmed() {
		return this.jdbc.queryForObject("SELECT bool_and(confirmed_at IS NOT NULL) FROM job_alert", Boolean.class);
	}

	private static MockHttpServletRequestBuilder subscribe(String email, String frequency, String... search) {
		MockHttpServletRequestBuilder request = post("/alerts").with(csrf())
			.param("email", email)
			.param("frequency", frequency);
		for (int i = 0; i < search.length; i += 2) {
			request.param(search[i], search[i + 1]);
		}
		return request;
	}

	private static MimeMessage only(MimeMessage[] messages) {
		assertThat(messages).hasSize(1);
		return messages[0];
	}

	private static Matcher find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher;
	}

	/** The decoded plain-text part of a mail. */
	private static String text(jakarta.mail.Part part) throws Exception {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
