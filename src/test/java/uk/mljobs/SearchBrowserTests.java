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

	@org.springframework.beans.factory.annotation.Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

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

	/**
	 * An admin uploads Monzo's logo (a file far too large first, which the form says);
	 * every Monzo card then shows it beside the name, other companies their monograms,
	 * with chips for pay, place, mode, terms and date, at a phone's and a laptop's width.
	 */
	@Test
	void anEmployersLogoShowsBesideItsNameOnEveryCard() throws Exception {
		browser.manage().window().setSize(LAPTOP);
		signInAsAdmin();
		try {
			uploadMonzosLogoAndSeeItOnItsCards();
		}
		finally {
			// The other tests here are a seeker's: never signed in as the admin.
			browser.manage().deleteAllCookies();
			browser.manage().window().setSize(LAPTOP);
		}
	}

	private void uploadMonzosLogoAndSeeItOnItsCards() throws Exception {
		long monzo = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		open("/admin/companies/" + monzo + "/logo");
		java.nio.file.Path huge = java.nio.file.Files.createTempFile("huge-logo", ".png");
		java.nio.file.Files.write(huge, new byte[3 * 1024 * 1024]);
		browser.findElement(By.id("file")).sendKeys(huge.toAbsolutePath().toString());
		Chromium.follow(browser, browser.findElement(By.xpath("//main//button[normalize-space()='Upload logo']")));
		assertThat(browser.findElement(By.id("file-error")).getText()).contains("far larger than a logo may be");
		assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
		Chromium.screenshot(browser, "logos-admin-too-large");

		java.nio.file.Path svg = java.nio.file.Files.createTempFile("monzo-logo", ".svg");
		java.nio.file.Files.writeString(svg, """
				<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
				  <rect width="64" height="64" rx="14" fill="#14233c"/>
				  <path d="M14 46V20l9 12 9-12 9 12 9-12v26" fill="none" stroke="#ff6b5b" stroke-width="6"
				        stroke-linejoin="round" stroke-linecap="round"/>
				</svg>""");
		browser.findElement(By.id("file")).sendKeys(svg.toAbsolutePath().toString());
		Chromium.follow(browser, browser.findElement(By.xpath("//main//button[normalize-space()='Upload logo']")));
		assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("Logo saved");
		assertThat(loaded(browser.findElement(By.cssSelector(".logo-current img.mark")))).isTrue();
		Chromium.screenshot(browser, "logos-admin-saved");

		browser.manage().deleteAllCookies();
		for (Dimension size : List.of(PHONE, LAPTOP)) {
			browser.manage().window().setSize(size);
			open("/jobs?company=monzo");
			List<WebElement> logos = browser.findElements(By.cssSelector("ol.job-list > li img.mark"));
			assertThat(logos).isNotEmpty()
				.allSatisfy((img) -> assertThat(img.getAttribute("src")).contains("/companies/monzo/logo/"));
			assertThat(loaded(logos.get(0))).as("the logo loads under the page's CSP").isTrue();
			assertThat(browser.findElements(By.cssSelector("ol.job-list > li .chips .chip-pay"))).hasSameSizeAs(logos);
			assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
			assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
			Chromium.screenshot(browser, "logos-cards-" + size.getWidth());
			open("/jobs");
			assertThat(browser.findElements(By.cssSelector("ol.job-list > li .mark-monogram"))).isNotEmpty();
			assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
			assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
			Chromium.screenshot(browser, "logos-all-cards-" + size.getWidth());
			open("/companies");
			assertThat(Chromium.accessibilityViolations(browser)).isEmpty();
			assertThat(horizontalOverflow()).isLessThanOrEqualTo(0);
			Chromium.screenshot(browser, "logos-companies-" + size.getWidth());
		}
	}

	/**
	 * Whether the browser fetched and decoded the image, within a few seconds: a lazy
	 * image may load after the page's load event.
	 */
	private static boolean loaded(WebElement img) {
		try {
			return new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5))
				.until((driver) -> (Boolean) ((JavascriptExecutor) driver)
					.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", img));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			return false;
		}
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
