package uk.mljobs;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.activity.PostingActivity;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.JourneyTest;
import uk.mljobs.support.Chromium;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A posting's whole life in real headless Chromium: a recruiter signs up, writes and
 * submits it, an admin approves it and a seeker reads it; and a posting full of script
 * never runs any. Every page on the way is checked with axe-core (WCAG 2.2 AA) and
 * screenshotted at phone and laptop widths under {@code target/screenshots}. Skips,
 * saying why, where Chromium is absent.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class RecruiterJourneyTests extends JourneyTest {

	private static final Pattern PREVIEW = Pattern.compile("/recruiter/postings/(\\d+)$");

	private static final String APPLY_URL = "https://careers.example.com/jobs/4821";

	@Autowired
	private Clock clock;

	@Autowired
	private PostingActivity activity;

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(LAPTOP);
		signOut();
	}

	@Test
	void recruiterPostsAnOpeningAnAdminApprovesItAndASeekerFindsIt() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		String email = "journey-" + UUID.randomUUID() + "@example.com";
		String title = "Senior MLOps Engineer, Model Platform " + (System.nanoTime() % 10_000);

		// (a) A recruiter signs up, signs in and writes a posting.
		open("/register");
		check(pages, "recruiter-journey-1-register");
		signUp(email, "Ada Recruiter");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(text(By.cssSelector("main .notice"))).contains("We have sent a mail to " + email);
		signIn(email, TestAccounts.PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter");
		assertThat(text(By.tagName("h1"))).isEqualTo("Your postings");
		assertThat(text(By.cssSelector("main .notice"))).contains("Confirm your email address");
		check(pages, "recruiter-journey-1b-address-not-confirmed");
		// (a') The link in the mail: opened, then Confirm pressed.
		confirmAddress(email);
		vouch(email);
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter");
		assertThat(text(By.cssSelector("main .notice"))).contains("your address is confirmed");

		follow(By.linkText("Post a new opening"));
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter/postings/new");
		assertThat(text(By.tagName("h1"))).isEqualTo("Post an opening");
		check(pages, "recruiter-journey-2-posting-form");

		submitForm();
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter/postings");
		assertThat(text(By.cssSelector("main .error-summary"))).contains("There is a problem")
			.contains("Enter a job title.")
			.contains("Describe the role.");
		assertThat(browser.findElement(By.id("title")).getDomAttribute("aria-invalid")).isEqualTo("true");
		check(pages, "recruiter-journey-3-posting-form-errors");

		fillPosting(title, "feature stores, ray", """
				We run the platform that trains and serves every model at Monzo.

				- Own our **Kubernetes** training clusters and the MLflow model registry
				- Build CI/CD for models, from notebook to canary release
				- Make GPU scheduling fair and cheap

				Read more about [our platform team](https://monzo.com/careers).
				""");
		submitForm();
		Matcher preview = PREVIEW.matcher(browser.getCurrentUrl());
		assertThat(preview.find()).as("preview address %s", browser.getCurrentUrl()).isTrue();
		long id = Long.parseLong(preview.group(1));
		assertThat(text(By.cssSelector("main .notice"))).contains("Draft saved");
		assertThat(text(By.id("owner-title"))).isEqualTo("Status: Draft");
		assertThat(text(By.cssSelector("main h1"))).isEqualTo(title);
		assertThat(text(By.cssSelector("main .pay-line"))).isEqualTo("£85,000–£110,000 a year");
		check(pages, "recruiter-journey-4-preview");

		follow(By.xpath("//button[normalize-space()='Submit for review']"));
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter/postings/" + id);
		assertThat(text(By.id("owner-title"))).isEqualTo("Status: Pending review");
		open("/recruiter");
		WebElement row = browser.findElement(By.xpath("//tr[th//a[normalize-space()='" + title + "']]"));
		assertThat(row.findElement(By.cssSelector("td[data-label=Status]")).getText())
			.containsIgnoringCase("pending review");

		// (b) In a fresh session the admin approves it.
		signOut();
		open("/login");
		signInAsAdmin();
		assertThat(browser.getCurrentUrl()).matches(".*/admin/moderation(\\?continue)?$");
		assertThat(text(By.tagName("h1"))).isEqualTo("Moderation");
		check(pages, "recruiter-journey-5-moderation-queue");
		follow(By.linkText(title));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/moderation/postings/" + id);
		assertThat(text(By.id("review-title"))).isEqualTo("Status: Pending review");
		follow(By.xpath("//button[normalize-space()='Approve and publish']"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/moderation");
		assertThat(text(By.cssSelector("main .notice"))).contains("Approved: the posting is live.");
		assertThat(browser.findElements(By.linkText(title))).isEmpty();

		// (c) An anonymous seeker finds it on /jobs and reads it.
		signOut();
		open("/jobs");
		follow(By.linkText(title));
		assertThat(browser.getCurrentUrl()).matches(".*/jobs/" + id + "/senior-mlops-engineer-model-platform-\\d+$");
		assertThat(text(By.cssSelector("main h1"))).isEqualTo(title);
		assertThat(text(By.cssSelector("main .pay-line"))).isEqualTo("£85,000–£110,000 a year");
		WebElement apply = browser.findElement(By.cssSelector("main a.apply-button"));
		assertThat(apply.getText()).isEqualTo("Apply on the employer’s site");
		// Through the counting link, which leads on to the recruiter's address.
		assertThat(apply.getDomAttribute("href")).isEqualTo("/jobs/" + id + "/apply");
		assertThat(text(By.cssSelector("main .description"))).contains("We run the platform");
		assertThat(browser.findElements(By.cssSelector("main ul.tags li")).stream().map(WebElement::getText))
			.contains("Kubernetes", "MLflow", "feature stores", "ray");
		check(pages, "recruiter-journey-6-public-posting");

		// (d) The seeker reports it; the admin finds it at the top of moderation.
		follow(By.linkText("Report this job"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Report this job");
		follow(By.xpath("//main//button[normalize-space()='Send the report']"));
		assertThat(text(By.cssSelector("main .error-summary"))).contains("Choose why you are reporting it.");
		check(pages, "recruiter-journey-7-report-errors");
		browser.findElement(By.id("reason-PAY")).click();
		type(By.id("details"), "The advert says £85,000 but the recruiter quoted £60,000 on the phone.");
		follow(By.xpath("//main//button[normalize-space()='Send the report']"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Thank you");
		check(pages, "recruiter-journey-8-report-sent");
		signOut();
		signInAsAdmin();
		open("/admin/moderation");
		assertThat(text(By.cssSelector("section[aria-labelledby=reported-title]"))).contains(title);
		follow(By.xpath("//section[@aria-labelledby='reported-title']//a[normalize-space()='" + title + "']"));
		assertThat(text(By.tagName("main"))).contains("Reports from seekers (1)").contains("Misleading pay");
		check(pages, "recruiter-journey-9-reported-posting");

		// (e) The seeker's visit shows on the recruiter's activity page.
		signOut();
		this.activity.flush();
		signIn(email, TestAccounts.PASSWORD);
		open("/recruiter");
		follow(By.xpath("//tr[th//a[normalize-space()='" + title + "']]//a[normalize-space()='Activity']"));
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter/postings/" + id + "/activity");
		assertThat(text(By.tagName("h1"))).isEqualTo("Activity: " + title);
		assertThat(text(By.cssSelector("svg.activity-chart title"))).isNotNull();
		assertThat(text(By.cssSelector("table.activity-totals"))).contains("Impressions").contains("Apply clicks");
		assertThat(browser.findElement(By.cssSelector("svg.activity-chart desc")).getDomProperty("textContent"))
			.containsPattern("Views: [1-9][0-9,]* in all");
		check(pages, "recruiter-journey-10-activity");

		pages.assertAll();
	}

	@Test
	void anAdminEditsASalaryBandAndThePublicTableShowsTheNewFiguresAndReviewDate() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		long band = this.jdbc.queryForObject("""
				SELECT b.id FROM salary_band b JOIN role r ON r.id = b.role_id JOIN level l ON l.id = b.level_id
				JOIN region g ON g.id = b.region_id
				WHERE r.slug = 'mlops-engineer' AND l.slug = 'junior' AND g.slug = 'rest-of-uk'
				AND b.retired_at IS NULL""", Long.class);
		Map<String, Object> before = this.jdbc
			.queryForMap("SELECT min_gbp, max_gbp, reviewed_at FROM salary_band WHERE id = ?", band);
		long lastChange = this.jdbc.queryForObject("SELECT max(id) FROM salary_band_change", Long.class);
		try {
			open("/login");
			signInAsAdmin();
			open("/admin/salary-bands?role=mlops-engineer");
			check(pages, "salary-bands-1-list");
			follow(By.linkText("Junior MLOps Engineer, Rest of UK"));
			check(pages, "salary-bands-2-edit");
			type(By.id("min"), "39000");
			type(By.id("max"), "£56,000");
			type(By.id("reason"), "Checked against this month's adverts");
			follow(By.xpath("//main//button[normalize-space()='Save']"));
			assertThat(text(By.cssSelector("main .notice"))).contains("Band saved");
			assertThat(text(By.cssSelector("main .change-list li"))).contains("Edited",
					"Checked against this month's adverts", "£38,000", "£39,000", "£55,000", "£56,000");
			check(pages, "salary-bands-3-saved");
			open("/admin/users");
			check(pages, "admin-users");
			open("/admin/companies");
			check(pages, "admin-companies");
			follow(By.linkText("Monzo"));
			check(pages, "admin-company-edit");
			open("/admin/companies/sectors-and-towns");
			check(pages, "admin-sectors-and-towns");
			open("/admin/guides");
			check(pages, "admin-guides");
			follow(By.linkText("MLOps Engineer"));
			check(pages, "admin-guide");
			follow(By.linkText("Tech stack"));
			check(pages, "admin-guide-stack");
			type(By.id("rows-0-order"), "x");
			follow(By.xpath("//main//button[starts-with(normalize-space(), 'Save')]"));
			assertThat(text(By.cssSelector("main .error-summary"))).contains("Enter a whole number from 0 to 10000.");
			check(pages, "admin-guide-stack-error");
			open("/salaries/checker?role=mlops-engineer&level=junior&region=rest-of-uk&salary=41000");
			check(pages, "salary-checker");
			open("/roles/mlops-engineer/skills-check?skill=kubernetes&skill=mlflow");
			check(pages, "skills-check");

			signOut();
			open("/salaries?role=mlops-engineer");
			String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
				.format(ZonedDateTime.now(this.clock).withZoneSameInstant(ZoneId.of("Europe/London")));
			WebElement cell = browser.findElement(
					By.xpath("//tr[th[normalize-space()='Junior MLOps Engineer']]/td[@data-label='Rest of UK']"));
			assertThat(cell.getText()).contains("£39,000–£56,000").contains("reviewed " + today);
			check(pages, "salary-bands-4-public-table");
			// A seeker turns a search into an alert (the mail itself is AlertTests'
			// business).
			open("/jobs?q=python&role=mlops-engineer");
			check(pages, "alert-search-page");
			follow(By.linkText("Email me new jobs"));
			type(By.id("email"), "journey-seeker@example.com");
			follow(By.xpath("//main//button[normalize-space()='Email me new jobs']"));
			assertThat(text(By.cssSelector("main h1"))).isEqualTo("Check your inbox");
			check(pages, "alert-sent");

			pages.assertAll();
		}
		finally {
			this.jdbc.update("DELETE FROM mail_outbox WHERE recipient = 'journey-seeker@example.com'");
			this.jdbc.update("DELETE FROM job_alert WHERE email = 'journey-seeker@example.com'");
			this.jdbc.update("DELETE FROM salary_band_change WHERE id > ?", lastChange);
			this.jdbc.update("UPDATE salary_band SET min_gbp = ?, max_gbp = ?, reviewed_at = ? WHERE id = ?",
					before.get("min_gbp"), before.get("max_gbp"), before.get("reviewed_at"), band);
		}
	}

	@Test
	void scriptInAPostingNeverRunsOnAnyPageThatShowsIt() throws Exception {
		List<String> dialogs = new ArrayList<>();
		String title = "<img src=x onerror=alert(1)><script>alert(1)</script><svg onload=alert(1)>";
		String description = "Vectors as Markdown, then the OWASP filter-evasion list.\n\n"
				+ "<img src=x onerror=alert(1)>\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n"
				+ "<svg onload=alert(1)>\n\n" + owaspVectors();
		String email = "xss-" + UUID.randomUUID() + "@example.com";

		open("/register");
		signUp(email, "<svg onload=alert(1)>");
		signIn(email, TestAccounts.PASSWORD);
		confirmAddress(email);
		vouch(email);
		open("/recruiter/postings/new");
		fillPosting(title, "<svg onload=alert(1)>, \"><img src=x onerror=alert(1)>", description);
		visit(this::submitForm, "saving the draft", dialogs);
		Matcher preview = PREVIEW.matcher(browser.getCurrentUrl());
		assertThat(preview.find())
			.as("preview address %s (form errors: %s)", browser.getCurrentUrl(),
					browser.findElements(By.cssSelector(".field-error")).stream().map(WebElement::getText).toList())
			.isTrue();
		long id = Long.parseLong(preview.group(1));
		assertThat(text(By.cssSelector("main h1"))).isEqualTo(title);
		visit(() -> follow(By.xpath("//button[normalize-space()='Submit for review']")), "submitting", dialogs);
		visit(() -> open("/recruiter/postings/" + id + "/edit"), "the edit form", dialogs);
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
		visit(() -> open("/recruiter"), "the dashboard", dialogs);

		signOut();
		open("/login");
		signInAsAdmin();
		visit(() -> open("/admin/moderation"), "the moderation queue", dialogs);
		visit(() -> open("/admin/moderation/postings/" + id), "the review page", dialogs);
		visit(() -> follow(By.xpath("//button[normalize-space()='Approve and publish']")), "approving", dialogs);

		signOut();
		visit(() -> open("/jobs"), "the jobs list", dialogs);
		visit(() -> open("/jobs/" + id), "the public posting", dialogs);
		assertThat(browser.getCurrentUrl()).contains("/jobs/" + id + "/");
		assertThat(text(By.cssSelector("main h1"))).isEqualTo(title);
		assertThat(browser.findElements(By.cssSelector("main script, main svg, main iframe, main img"))).isEmpty();
		assertThat(browser.findElement(By.cssSelector("main a.apply-button")).getDomAttribute("href"))
			.isEqualTo("/jobs/" + id + "/apply");
		screenshot("xss-posting-public-1366");

		assertThat(dialogs).as("dialogs opened by the posting's content").isEmpty();
	}

	@Test
	void dialogCheckCatchesAnAlert() {
		List<String> dialogs = new ArrayList<>();
		visit(() -> browser
			.get("data:text/html,<title>t</title><script>setTimeout(() => alert('caught'), 50)</script>"),
				"a page that alerts", dialogs);
		assertThat(dialogs).containsExactly("a page that alerts: caught");
	}

	// ---- steps
	// -------------------------------------------------------------------------

	/** Fills the posting form; selects with Select, choices by clicking them. */
	private static void fillPosting(String title, String tags, String description) {
		type(By.id("title"), title);
		new Select(browser.findElement(By.id("role"))).selectByValue("mlops-engineer");
		new Select(browser.findElement(By.id("level"))).selectByValue("senior");
		new Select(browser.findElement(By.id("town"))).selectByValue("london");
		browser.findElement(By.cssSelector("input[name=workMode][value=HYBRID]")).click();
		browser.findElement(By.cssSelector("input[name=employmentType][value=PERMANENT_FULL_TIME]")).click();
		type(By.id("payMin"), "85000");
		type(By.id("payMax"), "110000");
		new Select(browser.findElement(By.id("clearance"))).selectByValue("NONE");
		browser.findElement(By.id("visaSponsorship")).click();
		for (String tool : List.of("kubernetes", "mlflow")) {
			WebElement box = browser.findElement(By.cssSelector("input[name=tools][value=" + tool + "]"));
			if (!box.isSelected()) {
				box.click();
			}
		}
		type(By.id("tags"), tags);
		// Typing thousands of characters key by key is slow; set the text as a paste
		// would.
		WebElement area = browser.findElement(By.id("description"));
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", area, description);
		type(By.id("howToApply"), APPLY_URL);
	}

	private void submitForm() {
		follow(By.xpath("//main//button[normalize-space()='Save draft and preview']"));
	}

	private static String owaspVectors() throws Exception {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(RecruiterJourneyTests.class.getResourceAsStream("/xss/owasp-filter-evasion.txt"),
						StandardCharsets.UTF_8))) {
			return lines.lines().filter((line) -> !line.startsWith("#")).collect(Collectors.joining("\n\n"));
		}
	}

}
