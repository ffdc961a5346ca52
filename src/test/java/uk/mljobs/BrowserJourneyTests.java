package uk.mljobs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A reader's journey in real headless Chromium, with screenshots of every page at phone
 * and laptop widths under {@code target/screenshots}. Skips, saying why, where Chromium
 * is absent; {@code .ci/run} installs it so CI always runs these.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class BrowserJourneyTests {

	private static final String CHROMIUM = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");

	private static final String CHROMEDRIVER = System.getenv()
		.getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static WebDriver browser;

	private static String axeSource;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startChromium() throws Exception {
		assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
				"Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does) to run them");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--hide-scrollbars", "--window-size=1366,900");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
		try (var axe = BrowserJourneyTests.class.getResourceAsStream("/axe/axe.min.js")) {
			axeSource = new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void readerGoesFromHomeToAGuideToItsSalaryTable() throws Exception {
		open("/");
		assertThat(browser.getTitle()).contains("MLJobs UK");
		assertThat(text(By.tagName("h1"))).contains("Machine learning careers in the UK");
		screenshot("journey-1-home");

		browser.findElement(By.linkText("MLOps Engineer")).click();
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
		assertThat(junior).containsExactly("Junior MLOps Engineer", "0–2 years", "£45,000–£65,000", "£38,000–£55,000");
		screenshot("journey-3-salary-table");

		browser.findElement(By.linkText("Every band for this role, with filters")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/salaries?role=mlops-engineer");
		new Select(browser.findElement(By.id("region"))).selectByVisibleText("Rest of UK");
		browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		assertThat(browser.getCurrentUrl()).contains("role=mlops-engineer").contains("region=rest-of-uk");
		String page = text(By.tagName("main"));
		assertThat(page).contains("£120,000–£170,000+").doesNotContain("£150,000–£200,000+");
		screenshot("journey-4-salaries-filtered");
	}

	@Test
	void everyPageLooksRightOnAPhoneAndALaptop() throws Exception {
		String[] pages = { "/", "/roles", "/roles/mlops-engineer", "/roles/machine-learning-engineer", "/salaries",
				"/companies", "/companies/booking-com", "/salaries?region=atlantis", "/roles/nope" };
		for (String path : pages) {
			for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
				browser.manage().window().setSize(size);
				open(path);
				long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
				assertThat(overflow).as("horizontal overflow of %s at %s", path, size).isLessThanOrEqualTo(0);
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

	/**
	 * Runs axe-core (Deque's engine, bundled under test resources) on the current page
	 * with the WCAG 2.0-2.2 A and AA rules; returns one line per violated rule.
	 */
	@SuppressWarnings("unchecked")
	private static List<String> accessibilityViolations() {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		js.executeScript(axeSource);
		Object result = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag',
						values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
					.then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' at '
						+ v.nodes.map(n => n.target.join(' ')).join(', '))))
					.catch(e => done(['axe failed: ' + e]));
				""");
		return (List<String>) result;
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static String text(By by) {
		return browser.findElement(by).getText();
	}

	/** A full-page screenshot: the window grows to the page's height first. */
	private static void screenshot(String name) throws Exception {
		Dimension before = browser.manage().window().getSize();
		long height = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight;");
		browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 12000)));
		File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		browser.manage().window().setSize(before);
	}

	private static String name(String path) {
		String name = path.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return name.isEmpty() ? "home" : name;
	}

}
