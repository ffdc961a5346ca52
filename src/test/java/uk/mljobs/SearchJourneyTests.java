package uk.mljobs;

import java.time.Duration;
import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.BrowserTest;
import uk.mljobs.support.Chromium;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker's search in real headless Chromium over the demo's sample postings: typed with
 * the keyboard, a suggestion picked from the list, two work modes ticked, a result
 * reached, with axe-core finding no WCAG 2.2 AA violation on any page on the way, and the
 * same search forgiving a misspelling and a place typed as a word. Shares the chart
 * tests' application (same database and settings).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mljobs.demo.enabled=true")
@Import({ ChartBrowserTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class SearchJourneyTests extends BrowserTest {

	@Test
	void typePickTickAndReachAJobWithTheKeyboard() throws Exception {
		browser.manage().window().setSize(new Dimension(1366, 900));
		open("/jobs");
		assertThat(Chromium.accessibilityViolations(browser)).as("/jobs").isEmpty();
		WebElement box = browser.findElement(By.id("q"));
		box.click();
		box.sendKeys("k8s rem");
		WebElement remote = await(() -> browser.findElements(By.cssSelector("#q-suggestions [role=option]"))
			.stream()
			.filter((option) -> option.isDisplayed() && option.getText().startsWith("Remote"))
			.findFirst()
			.orElse(null));
		assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(Chromium.accessibilityViolations(browser)).as("/jobs with suggestions open").isEmpty();
		Chromium.screenshot(browser, "search-suggestions-1366");
		// Down the list to Remote, then Enter: the box keeps the focus throughout.
		List<WebElement> options = browser.findElements(By.cssSelector("#q-suggestions [role=option]"));
		for (int i = 0; i <= options.indexOf(remote); i++) {
			box.sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(box.getAttribute("aria-activedescendant")).isEqualTo(remote.getAttribute("id"));
		assertThat(remote.getAttribute("aria-selected")).isEqualTo("true");
		WebElement before = browser.findElement(By.tagName("html"));
		box.sendKeys(Keys.ENTER);
		await(() -> stale(before) ? Boolean.TRUE : null);
		assertThat(browser.getCurrentUrl()).contains("q=k8s").contains("workMode=remote");
		assertThat(checked("workMode")).containsExactly("remote");
		assertThat(results()).as("k8s, remote").isPositive();
		// Tick a second work mode: the results update.
		Chromium.follow(browser, browser
			.findElement(By.cssSelector("label[for='" + checkbox("workMode", "hybrid").getAttribute("id") + "']")));
		assertThat(checked("workMode")).containsExactlyInAnyOrder("remote", "hybrid");
		assertThat(browser.getCurrentUrl()).contains("workMode=remote").contains("workMode=hybrid");
		long both = results();
		assertThat(both).isPositive();
		assertThat(Chromium.accessibilityViolations(browser)).as("results for two work modes").isEmpty();
		Chromium.screenshot(browser, "search-two-work-modes-1366");
		browser.manage().window().setSize(new Dimension(390, 844));
		assertThat(Chromium.accessibilityViolations(browser)).as("results at 390 px").isEmpty();
		Chromium.screenshot(browser, "search-two-work-modes-390");
		browser.manage().window().setSize(new Dimension(1366, 900));
		// Reach a result.
		String title = browser.findElement(By.cssSelector("ol.job-list h2 a")).getText();
		Chromium.follow(browser, browser.findElement(By.cssSelector("ol.job-list h2 a")));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
	}

	@Test
	void aMisspeltWordAndAPlaceTypedAsWordsStillFindJobs() throws Exception {
		browser.manage().window().setSize(new Dimension(1366, 900));
		open("/jobs?q=kuberntes%20london");
		WebElement understood = browser.findElement(By.cssSelector("p.understood"));
		assertThat(understood.getText()).startsWith("Showing results for kubernetes · London;")
			.contains("search instead for kuberntes london");
		assertThat(results()).isPositive();
		assertThat(Chromium.accessibilityViolations(browser)).as("an understood search").isEmpty();
		Chromium.screenshot(browser, "search-understood-1366");
		// Nothing at all: the filters stay, and each way out says what it finds.
		open("/jobs?q=kubernetes&workMode=remote&type=contract&ir35=outside&clearance=dv");
		assertThat(browser.findElements(By.cssSelector(".relaxations a"))).isNotEmpty();
		assertThat(checked("clearance")).containsExactly("dv");
		assertThat(Chromium.accessibilityViolations(browser)).as("a search without results").isEmpty();
		Chromium.screenshot(browser, "search-no-results-1366");
		browser.manage().window().setSize(new Dimension(390, 844));
		Chromium.screenshot(browser, "search-no-results-390");
	}

	/**
	 * Every search the issue found stranded on the demo data finds jobs, or says what
	 * would.
	 */
	@Test
	void theSearchesThatFoundNothingNowFindJobs() {
		browser.manage().window().setSize(new Dimension(1366, 900));
		SoftAssertions searches = new SoftAssertions();
		for (String q : List.of("k8s", "MLE", "genai", "LLMs", "ml ops", "kuberntes", "pytorh", "mlflw",
				"machine lerning", "london", "remote")) {
			open("/jobs?q=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8));
			searches.assertThat(results()).as(q).isPositive();
		}
		for (String path : List.of("/jobs?q=kubernetes&workMode=remote&type=contract&ir35=outside", "/jobs?minPay=70k",
				"/jobs?minPay=%C2%A370%2C000", "/jobs?near=cambridge&within=10")) {
			open(path);
			searches.assertThat(results() + browser.findElements(By.cssSelector(".relaxations a")).size())
				.as(path)
				.isPositive();
			searches.assertThat(browser.findElement(By.tagName("h1")).getText())
				.as(path)
				.isEqualTo("Machine learning jobs");
		}
		searches.assertAll();
	}

	@Test
	void anAdminSeesWhatTheSynonymsMatch() throws Exception {
		browser.manage().window().setSize(new Dimension(1366, 900));
		signInAsAdmin();
		try {
			open("/admin/search/synonyms?try=k8s%20ml%20ops%20engineer");
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Search synonyms");
			assertThat(browser.findElement(By.cssSelector("#try-title + form + ul")).getText())
				.contains("k8s also matches kubernetes, kube")
				.contains("ml ops also matches mlops");
			assertThat(Chromium.accessibilityViolations(browser)).as("the synonym list").isEmpty();
			Chromium.screenshot(browser, "synonyms-1366");
			browser.manage().window().setSize(new Dimension(390, 844));
			assertThat(Chromium.accessibilityViolations(browser)).as("the synonym list at 390 px").isEmpty();
			Chromium.screenshot(browser, "synonyms-390");
		}
		finally {
			browser.manage().deleteAllCookies();
		}
	}

	private static long results() {
		return browser.findElements(By.cssSelector("ol.job-list > li")).size();
	}

	private static WebElement checkbox(String name, String value) {
		return browser.findElement(By.cssSelector("input[name=" + name + "][value=" + value + "]"));
	}

	private static List<String> checked(String name) {
		return browser.findElements(By.cssSelector("input[name=" + name + "]"))
			.stream()
			.filter(WebElement::isSelected)
			.map((input) -> input.getAttribute("value"))
			.toList();
	}

	private static boolean stale(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (org.openqa.selenium.StaleElementReferenceException ex) {
			return true;
		}
	}

	private static <T> T await(java.util.function.Supplier<T> found) {
		return new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> found.get());
	}

	static Object script(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

}
