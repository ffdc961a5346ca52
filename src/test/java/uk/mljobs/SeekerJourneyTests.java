package uk.mljobs;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import uk.mljobs.activity.PostingActivity;
import uk.mljobs.support.Chromium;
import uk.mljobs.support.JourneyTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestMail;
import uk.mljobs.support.TestPostings;
import uk.mljobs.support.TestcontainersConfiguration;
import uk.mljobs.system.MailOutbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A job seeker, in Chromium: signs in with the code a real SMTP server (GreenMail)
 * received, saves a job from its page and another in place on the results, marks one
 * applied, keeps a note, hides one from their searches, and adds a passkey to sign in
 * with next time; the mailed link, once its code is used, is refused. Then the recruiter
 * sees the save and the views on the posting's activity page. Runs in the recruiter
 * journeys' application (same settings, so one context).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class SeekerJourneyTests extends JourneyTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(TestMail.smtp());

	private static final Pattern LINK = Pattern
		.compile("https?://[^/\\s]+(/me/sign-in/link\\?token=[A-Za-z0-9_-]{43})");

	@Autowired
	private WebApplicationContext context;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private PostingActivity activity;

	private MockMvc mvc;

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(LAPTOP);
		signOut();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void aSeekerSignsInWithAMailedCodeKeepsTrackOfJobsAndTheRecruiterSeesTheCounts() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiterSession = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String mark = Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
		String title = "Staff ML Platform Engineer " + mark;
		String other = "Applied Scientist " + mark;
		long id = publish(recruiterSession, admin, title);
		long otherId = publish(recruiterSession, admin, other);
		String path = canonical(id);
		String otherPath = canonical(otherId);
		String email = "journey-seeker-" + mark.toLowerCase(Locale.ROOT) + "@example.org";

		// A visitor presses Save on a posting: sign in first, with a mailed code.
		open(path);
		follow(By.cssSelector("main a.keep-save"));
		assertThat(browser.getCurrentUrl()).endsWith("/me/sign-in");
		assertThat(text(By.tagName("h1"))).isEqualTo("Keep track of jobs");
		check(pages, "seeker-journey-1-sign-in");
		type(By.id("email"), email);
		follow(By.xpath("//main//button[normalize-space()='Email me a link and code']"));
		assertThat(text(By.tagName("main"))).contains("We have mailed a link and a code to " + email);
		check(pages, "seeker-journey-2-type-code");
		MimeMessage mail = delivered(email);
		String code = mail.getSubject().replaceAll(".* with ([0-9]{6})$", "$1");
		assertThat(code).matches("[0-9]{6}");
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
		assertThat(link.find()).as("a sign-in link in the mail").isTrue();
		String visitorSession = sessionCookie();
		type(By.id("token"), code);
		follow(By.xpath("//main//button[normalize-space()='Sign in']"));
		assertThat(sessionCookie()).as("a new session at sign-in").isNotEqualTo(visitorSession);

		// Back where they were going: one press saves the job.
		assertThat(browser.getCurrentUrl()).matches(".*/me/jobs/" + id + "/save(\\?continue)?$");
		assertThat(text(By.tagName("h1"))).isEqualTo("Save this job?");
		follow(By.xpath("//main//button[normalize-space()='Save to My jobs']"));
		assertThat(browser.getCurrentUrl()).endsWith(path);
		assertThat(text(By.cssSelector("main .notice"))).contains("Job saved");
		assertThat(text(By.cssSelector("main .keep .keep-label"))).isEqualTo("Saved");
		follow(By.xpath("//main//button[normalize-space()='I applied today']"));
		assertThat(text(By.cssSelector("main .keep"))).contains("You applied on");
		check(pages, "seeker-journey-3-posting-saved");

		// Another job saved in place from the results, without leaving the page.
		open("/jobs?q=" + mark.toLowerCase(Locale.ROOT));
		String results = browser.getCurrentUrl();
		WebElement otherCard = browser
			.findElement(By.xpath("//li[contains(@class,'job-card')][.//a[normalize-space()='" + other + "']]"));
		otherCard.findElement(By.cssSelector("button.keep-save")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> "Saved".equals(otherCard.findElement(By.cssSelector(".keep-label")).getText()));
		assertThat(browser.getCurrentUrl()).isEqualTo(results);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM seeker_job j JOIN account a ON a.id = j.account_id "
				+ "WHERE a.email = ? AND j.saved_at IS NOT NULL", Long.class, email))
			.isEqualTo(2);

		// My jobs: both, with the day applied; a note kept.
		open("/me");
		assertThat(text(By.tagName("h1"))).isEqualTo("My jobs");
		String mine = text(By.cssSelector(".tracked-jobs"));
		assertThat(mine).contains(title).contains(other).contains("Applied").contains("Open");
		WebElement card = browser
			.findElement(By.xpath("//li[contains(@class,'tracked-job')][.//a[normalize-space()='" + title + "']]"));
		card.findElement(By.tagName("summary")).click();
		WebElement note = card.findElement(By.tagName("textarea"));
		note.sendKeys("Ask about the on-call rota");
		Chromium.follow(browser, card.findElement(By.xpath(".//button[starts-with(normalize-space(),'Save note')]")));
		assertThat(text(By.cssSelector(".tracked-jobs"))).contains("Your note");
		assertThat(browser
			.findElement(
					By.xpath("//li[contains(@class,'tracked-job')][.//a[normalize-space()='" + title + "']]//textarea"))
			.getDomProperty("value")).contains("Ask about the on-call rota");
		check(pages, "seeker-journey-4-my-jobs");

		// Not interested: hidden, it leaves their searches.
		open(otherPath);
		follow(By.xpath("//main//button[normalize-space()='Not for me: hide from my searches']"));
		open("/jobs?q=" + mark.toLowerCase(Locale.ROOT));
		assertThat(browser.findElements(By.xpath("//a[normalize-space()='" + other + "']"))).isEmpty();
		assertThat(browser.findElements(By.xpath("//a[normalize-space()='" + title + "']"))).isNotEmpty();

		// The mailed link of a used code is refused.
		signOut();
		open(link.group(1));
		assertThat(text(By.cssSelector("main .error-summary"))).contains("expired or was used");

		// The recruiter sees the save, and the views, on the posting's activity page.
		this.activity.flush();
		signIn(recruiter, TestAccounts.PASSWORD);
		open("/recruiter/postings/" + id + "/activity");
		assertThat(total("Saves")).isEqualTo("1");
		assertThat(Integer.parseInt(total("Views"))).isGreaterThanOrEqualTo(1);
		check(pages, "seeker-journey-5-recruiter-activity");
		pages.assertAll();
	}

	@Test
	void aSeekerAddsAPasskeyAndSignsInWithItNextTime() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		String email = "passkey-seeker-" + System.nanoTime() + "@example.org";
		open("/me");
		assertThat(browser.getCurrentUrl()).endsWith("/me/sign-in");
		type(By.id("email"), email);
		follow(By.xpath("//main//button[normalize-space()='Email me a link and code']"));
		type(By.id("token"), delivered(email).getSubject().replaceAll(".* with ([0-9]{6})$", "$1"));
		follow(By.xpath("//main//button[normalize-space()='Sign in']"));
		assertThat(browser.getCurrentUrl()).matches(".*/me(\\?continue)?$");
		VirtualAuthenticator authenticator = ((HasVirtualAuthenticator) browser)
			.addVirtualAuthenticator(new VirtualAuthenticatorOptions().setProtocol(Protocol.CTAP2)
				.setTransport(Transport.INTERNAL)
				.setHasResidentKey(true)
				.setHasUserVerification(true)
				.setIsUserVerified(true));
		try {
			type(By.id("passkey-label"), "My phone");
			browser.findElement(By.xpath("//main//button[normalize-space()='Add a passkey']")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("passkey=added"));
			assertThat(text(By.id("passkeys"))).contains("Passkey added").contains("My phone");
			check(pages, "seeker-journey-6-passkey-added");
			signOut();
			open("/me/sign-in");
			browser.findElement(By.id("passkey-signin")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlMatches(".*/me$"));
			assertThat(text(By.tagName("h1"))).isEqualTo("My jobs");
			assertThat(text(By.cssSelector("main .lead"))).contains(email);
		}
		finally {
			((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
		}
		pages.assertAll();
	}

	private long publish(MockHttpSession recruiter, MockHttpSession admin, String title) throws Exception {
		Map<String, String> form = new HashMap<>(TestPostings.validForm());
		form.put("title", title);
		return TestPostings.published(this.mvc, recruiter, admin, form);
	}

	private String canonical(long id) throws Exception {
		return this.mvc.perform(get("/jobs/{id}", id)).andReturn().getResponse().getRedirectedUrl();
	}

	/**
	 * Sends what waits in the outbox to GreenMail and returns the newest mail to the
	 * address.
	 */
	private MimeMessage delivered(String email) throws Exception {
		while (this.outbox.deliver() > 0) {
			// until the outbox is empty
		}
		MimeMessage found = null;
		for (MimeMessage message : smtp.getReceivedMessages()) {
			if (Arrays.stream(message.getAllRecipients()).anyMatch((to) -> to.toString().equals(email))) {
				found = message;
			}
		}
		assertThat(found).as("a mail to %s", email).isNotNull();
		return found;
	}

	private static String sessionCookie() {
		Cookie cookie = browser.manage().getCookieNamed("SESSION");
		return (cookie != null) ? cookie.getValue() : null;
	}

	/** The posting's own figure in a row of the activity totals, as the page shows it. */
	private static String total(String measure) {
		return text(By.xpath("//table[contains(@class,'activity-totals')]//tr[th[starts-with(normalize-space(),'"
				+ measure + "')]]/td[1]"))
			.replace(",", "");
	}

}
