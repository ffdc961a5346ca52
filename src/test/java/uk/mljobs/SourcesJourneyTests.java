package uk.mljobs;

import java.time.Duration;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.shared.PostingsChanged;
import uk.mljobs.support.Eventually;
import uk.mljobs.support.FeedStub;
import uk.mljobs.support.JourneyTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestPostings;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin adds employers' feeds in Chromium, with a stub serving each kind, runs them,
 * and sees the right postings published, the rest left out with reasons, a posting closed
 * when its feed drops it, and an agency's copy folded under the employer's own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class SourcesJourneyTests extends JourneyTest {

	private static final FeedStub STUB = new FeedStub();

	@DynamicPropertySource
	static void feeds(DynamicPropertyRegistry registry) {
		STUB.register(registry);
	}

	@AfterAll
	static void stopStub() {
		STUB.close();
	}

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ApplicationEventPublisher events;

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(LAPTOP);
		signOut();
	}

	@AfterEach
	void removeSources() {
		STUB.standard("/v1/boards/example/jobs");
		this.jdbc.update(
				"DELETE FROM posting WHERE source_id IS NOT NULL OR title = 'Senior Machine Learning Engineer - Fraud'");
		this.jdbc.update("DELETE FROM job_source");
		this.events.publishEvent(new PostingsChanged());
	}

	@Test
	void anAdminAddsFeedsRunsThemAndSeesWhatTheyPublishedSkippedClosedAndFolded() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		signInAsAdmin();
		open("/admin/sources");
		assertThat(text(By.tagName("h1"))).isEqualTo("Job sources");
		follow(By.xpath("//main//button[normalize-space()='Add the source']"));
		assertThat(text(By.cssSelector(".error-summary"))).contains("Choose a listed company.")
			.contains("Choose the kind of feed.");
		check(pages, "sources-1-errors");

		addSource("Monzo", "greenhouse", "example", true);
		follow(By.xpath("//main//button[normalize-space()='Run now']"));
		assertThat(text(By.cssSelector("main .notice"))).contains("Running now");
		awaitOnPage("5 seen, 2 new");
		assertThat(text(By.tagName("main"))).contains("outside the UK")
			.contains("not an engineering job")
			.contains("no pay stated")
			.contains("Staff ML Engineer, Search");
		check(pages, "sources-2-read");

		follow(By.linkText("Senior Machine Learning Engineer, Fraud"));
		assertThat(text(By.tagName("main"))).contains("From Monzo’s careers site, checked just now.")
			.contains("Verified employer");
		// Apply goes through the counting link, which leads on to the employer's own
		// page.
		String apply = browser.findElement(By.linkText("Apply on the employer’s site")).getAttribute("href");
		assertThat(apply).matches("http://localhost:\\d+/jobs/\\d+/apply");
		assertThat(java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(apply)).build(),
					java.net.http.HttpResponse.BodyHandlers.discarding())
			.headers()
			.firstValue("Location")).hasValue("https://careers.example.com/jobs/4012001?gh_jid=4012001");
		check(pages, "sources-3-posting");

		// An agency's copy of the same job is folded under the employer's own.
		MockHttpSession agency = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", true),
				TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Senior Machine Learning Engineer - Fraud");
		form.put("role", "machine-learning-engineer");
		form.put("payMin", "100000");
		form.put("payMax", "120000");
		TestPostings.published(this.mvc, agency, TestAccounts.admin(this.mvc), form);
		browser.navigate().refresh();
		assertThat(text(By.cssSelector(".also-by"))).isEqualTo("Also advertised by a recruitment agency.");
		check(pages, "sources-4-folded");

		open("/admin/sources");
		addSource("Deliveroo", "lever", "example", false);
		follow(By.xpath("//main//button[normalize-space()='Run now']"));
		awaitOnPage("4 seen, 2 new");
		assertThat(text(By.tagName("main"))).contains("Pending review");
		open("/admin/moderation");
		assertThat(text(By.tagName("main"))).contains("Machine Learning Engineer, Recommendations")
			.contains("Contract MLOps Engineer");

		String fixture = FeedStub.fixture("greenhouse.json");
		STUB.answer("/v1/boards/example/jobs",
				(request) -> FeedStub.json(fixture.replace("\"id\": 4012002", "\"id\": 4012099")));
		open("/admin/sources");
		follow(By.linkText("Monzo"));
		follow(By.xpath("//main//button[normalize-space()='Run now']"));
		awaitOnPage("1 closed");
		assertThat(text(By.tagName("main"))).contains("Closed: no longer on the employer’s site");
		check(pages, "sources-5-closed");
		// The other kinds, each against its stub: what each run finds.
		for (String[] kind : new String[][] { { "Arm", "ashby", "example", "3 seen, 2 new" },
				{ "Cazoo", "workable", "example", "3 seen, 2 new" },
				{ "NatWest Group", "smartrecruiters", "ExampleGroup", "3 seen, 1 new" },
				{ "Ocado Technology", "jsonld", STUB.baseUrl() + "/careers", "2 seen, 2 new" } }) {
			open("/admin/sources");
			addSource(kind[0], kind[1], kind[2], true);
			follow(By.xpath("//main//button[normalize-space()='Run now']"));
			awaitOnPage(kind[3]);
		}
		assertThat(text(By.tagName("main"))).contains("Machine Learning Engineer, Robotics").contains("MLOps Engineer");
		open("/admin/sources");
		assertThat(text(By.tagName("main"))).contains("Monzo")
			.contains("Deliveroo")
			.contains("Arm")
			.contains("Cazoo")
			.contains("NatWest Group")
			.contains("Ocado Technology");
		check(pages, "sources-6-list");
		pages.assertAll();
	}

	private void addSource(String company, String kind, String token, boolean direct) {
		new Select(browser.findElement(By.id("company"))).selectByVisibleText(company);
		new Select(browser.findElement(By.id("kind"))).selectByValue(kind);
		type(By.id("token"), token);
		browser.findElement(By.id(direct ? "publish-direct" : "publish-review")).click();
		follow(By.xpath("//main//button[normalize-space()='Add the source']"));
		assertThat(text(By.cssSelector("main .notice"))).contains("Source added");
	}

	private void awaitOnPage(String words) {
		assertThat(Eventually.within(() -> {
			browser.navigate().refresh();
			return text(By.tagName("main")).contains(words);
		}, Duration.ofSeconds(15))).as(words).isTrue();
	}

}
