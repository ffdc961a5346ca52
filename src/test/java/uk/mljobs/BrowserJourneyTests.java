package uk.mljobs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.BrowserTest;
import uk.mljobs.support.Chromium;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader's journey in real headless Chromium, with screenshots of every page at phone
 * and laptop widths under {@code target/screenshots}. Skips, saying why, where Chromium
 * is absent; {@code .ci/run} installs it so CI always runs these.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class BrowserJourneyTests extends BrowserTest {

	@Test
	void readerGoesFromHomeToAGuideToItsSalaryTable() throws Exception {
		open("/");
		assertThat(browser.getTitle()).contains("MLJobs UK");
		assertThat(text(By.tagName("h1"))).contains("Machine learning careers in the UK");
		screenshot("journey-1-home");

		Chromium.follow(browser, browser.findElement(By.linkText("MLOps Engineer")));
		assertThat(browser.getCurrentUrl()).endsWith("/roles/mlops-engineer");
		assertThat(text(By.tagName("h1"))).isEqualTo("MLOps Engineer");
		screenshot("journey-2-guide");

		browser.findElement(By.cssSelector("nav.toc")).findElement(By.linkText("Salary by level and region")).click();
		assertThat(browser.getCurrentUrl()).endsWith("#salary");
		WebElement table = browser.findElement(By.cssSelector("#salary table"));
		assertThat(table.isDisplayed()).isTrue();
		List<String> header = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
		assertThat(header).containsExactly("Level", "Experience", "London", "Rest of UK");
		List<String> junior = table.findElements(By.cssSelector("tbody tr:first-child > *"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(junior).hasSize(4);
		assertThat(junior.subList(0, 2)).containsExactly("Junior MLOps Engineer", "0–2 years");
		// Each band; seeded ones carry no review date until an admin reviews them.
		assertThat(junior.get(2)).isEqualTo("£45,000–£65,000");
		assertThat(junior.get(3)).isEqualTo("£38,000–£55,000");
		assertThat(browser.findElements(By.cssSelector("#salary .source-line"))
			.stream()
			.map(WebElement::getText)
			.anyMatch((line) -> line.contains("From the 2026 guide, not yet reviewed."))).isTrue();
		assertThat(text(By.cssSelector("#salary .skill-table h3")))
			.isEqualTo("MLOps Engineer: skills and pay in live postings");
		screenshot("journey-3-salary-table");

		Chromium.follow(browser, browser.findElement(By.linkText("Every band for this role, with filters")));
		assertThat(browser.getCurrentUrl()).endsWith("/salaries?role=mlops-engineer");
		new Select(browser.findElement(By.id("region"))).selectByVisibleText("Rest of UK");
		Chromium.follow(browser, browser.findElement(By.cssSelector("form.filters button[type=submit]")));
		assertThat(browser.getCurrentUrl()).contains("role=mlops-engineer").contains("region=rest-of-uk");
		String page = text(By.tagName("main"));
		assertThat(page).contains("£120,000–£170,000+").doesNotContain("£150,000–£200,000+");
		screenshot("journey-4-salaries-filtered");
	}

	@Test
	void aSeekerChecksAnMlEngineersSalaryAndGetsOneVerdictWithAFigureToAskFor() throws Exception {
		open("/roles/machine-learning-engineer");
		Chromium.follow(browser, browser.findElement(By.linkText("Check a salary")));
		assertThat(browser.getCurrentUrl()).endsWith("/salaries/checker?role=machine-learning-engineer");
		assertThat(text(By.tagName("main"))).doesNotContain("There is a problem");
		// Only the chosen role's levels are offered; choosing another role swaps them.
		assertThat(browser.findElements(By.cssSelector("#level optgroup")).stream().map((g) -> g.getAttribute("label")))
			.containsExactly("Machine Learning Engineer");
		open("/salaries/checker");
		new Select(browser.findElement(By.id("role"))).selectByVisibleText("Machine Learning Engineer");
		Object offered = ((JavascriptExecutor) browser)
			.executeScript("return [...document.querySelectorAll('#level option')].filter(o => !o.matches(':disabled'))"
					+ ".map(o => o.text);");
		assertThat((List<?>) offered).map(String::valueOf)
			.contains("Head of Machine Learning")
			.doesNotContain("Senior MLOps Engineer");
		new Select(browser.findElement(By.id("level"))).selectByVisibleText("Machine Learning Engineer");
		new Select(browser.findElement(By.id("region"))).selectByVisibleText("London");
		browser.findElement(By.id("salary")).sendKeys("£60,000");
		Chromium.follow(browser, browser.findElement(By.cssSelector("form.checker-form button[type=submit]")));
		assertThat(text(By.id("result-heading")))
			.isEqualTo("£60,000 a year is on the low side for Machine Learning Engineer roles in London.");
		assertThat(text(By.cssSelector(".verdict-ask"))).startsWith("Suggested ask: £85,000 a year");
		assertThat(accessibilityViolations()).isEmpty();
		screenshot("checker-verdict");
	}

	@Test
	void everyPageLooksRightOnAPhoneAndALaptop() throws Exception {
		String[] pages = { "/", "/roles", "/roles/mlops-engineer", "/roles/machine-learning-engineer", "/salaries",
				"/companies", "/companies/booking-com", "/salaries?region=atlantis", "/roles/nope", "/privacy",
				"/terms", "/about", "/contact", "/login", "/login/forgot", "/login/reset?token=gone",
				"/salaries/checker?role=machine-learning-engineer&level=mid&region=london&salary=60000",
				"/salaries/checker?role=mlops-engineer&level=senior&region=london&dayRate=620" };
		for (String path : pages) {
			for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
				browser.manage().window().setSize(size);
				open(path);
				long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(overflow).as("horizontal overflow of %s at %s", path, size).isLessThanOrEqualTo(0);
				// Tables that stack into one block per row on a phone fit their card, at
				// any width, instead of scrolling inside it.
				Object scrolled = ((JavascriptExecutor) browser).executeScript("""
						return [...document.querySelectorAll('table.stack-on-phone')]
							.filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth)
							.map(t => t.caption ? t.caption.textContent.trim() : 'a table');""");
				assertThat((List<?>) scrolled).as("tables scrolling in their card on %s at %s", path, size).isEmpty();
				assertThat(accessibilityViolations()).as("WCAG 2.2 AA violations on %s at %s", path, size).isEmpty();
				screenshot(name(path) + "-" + size.getWidth());
			}
		}
		browser.manage().window().setSize(new Dimension(1366, 900));
	}

	@Test
	void accessibilityCheckCatchesABrokenPage() {
		browser.get("data:text/html,<html><body><img src='x.png'><a href='/'></a></body></html>");
		assertThat(accessibilityViolations()).anyMatch((v) -> v.startsWith("image-alt"))
			.anyMatch((v) -> v.startsWith("html-has-lang"));
	}

	private static List<String> accessibilityViolations() {
		return Chromium.accessibilityViolations(browser);
	}

	private static String text(By by) {
		return browser.findElement(by).getText();
	}

	private static void screenshot(String name) throws Exception {
		Chromium.screenshot(browser, name);
	}

	private static String name(String path) {
		String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return name.isEmpty() ? "home" : name;
	}

}
