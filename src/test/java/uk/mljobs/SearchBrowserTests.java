package uk.mljobs;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.BrowserTest;
import uk.mljobs.support.Chromium;
import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seeker searching in real headless Chromium, with the demo's sample postings: on a
 * phone the results come first and the filters open from one bar; on a laptop they are a
 * sidebar. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mljobs.demo.enabled=true")
@Import({ SearchBrowserTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class SearchBrowserTests extends BrowserTest {

	private static final Dimension PHONE = new Dimension(390, 844);

	private static final Dimension LAPTOP = new Dimension(1366, 900);

	@Test
	void onAPhoneTheFirstJobIsOnTheFirstScreenAndTheFiltersOneTapAway() throws Exception {
		browser.manage().window().setSize(PHONE);
		open("/jobs?q=python");
		WebElement firstJob = browser.findElement(By.cssSelector("ol.job-list h2 a"));
		assertThat(firstJob.getRect().getY() + firstJob.getRect().getHeight()).as("bottom of the first result")
			.isLessThan(PHONE.getHeight());
		WebElement remote = remoteFilter();
		assertThat(remote.isDisplayed()).as("filters start closed on a phone").isFalse();
		assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
		Chromium.screenshot(browser, "search-phone-closed");

		browser.findElement(By.cssSelector("#filters > summary")).click();
		assertThat(remote.isDisplayed()).isTrue();
		assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
		Chromium.screenshot(browser, "search-phone-open");

		Chromium.follow(browser, remote);
		assertThat(browser.getCurrentUrl()).contains("q=python").contains("workMode=remote");
		assertThat(browser.findElement(By.cssSelector("#filters > summary")).getText()).contains("1 applied");
		List<String> places = browser.findElements(By.cssSelector("ol.job-list .job-meta"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(places).isNotEmpty().allMatch((meta) -> meta.contains("Remote"));
		assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
	}

	@Test
	void onALaptopTheFiltersAreASidebarBesideTheResults() throws Exception {
		browser.manage().window().setSize(LAPTOP);
		open("/jobs?q=python");
		WebElement remote = remoteFilter();
		assertThat(remote.isDisplayed()).as("filters open on a wide screen").isTrue();
		WebElement firstJob = browser.findElement(By.cssSelector("ol.job-list h2 a"));
		assertThat(remote.getRect().getX()).as("filters left of the results").isLessThan(firstJob.getRect().getX());
		assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
		assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
		Chromium.screenshot(browser, "search-laptop");
	}

	private static WebElement remoteFilter() {
		// Work modes are checkboxes: the filter is the box's label.
		return browser.findElement(By.cssSelector("fieldset.facet input[name=workMode][value=remote] + label"));
	}

	private static long horizontalOverflow() {
		return (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
	}

	/** Demo data must not reach the database the other tests share. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_search_browser";
		}

	}

}
