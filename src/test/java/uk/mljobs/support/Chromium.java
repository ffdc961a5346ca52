package uk.mljobs.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for browser tests, with the two checks every journey makes:
 * axe-core's WCAG rules and full-page screenshots under {@code target/screenshots}. Tests
 * skip, saying why, where Chromium is not installed ({@code .ci/run} installs it).
 */
public final class Chromium {

	private static final String BINARY = System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/bin/chromium");

	private static final String DRIVER = System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static String axe;

	private Chromium() {
	}

	public static WebDriver start() throws IOException {
		assumeTrue(new File(BINARY).canExecute() && new File(DRIVER).canExecute(),
				"Browser tests skipped: install Debian's chromium and chromium-driver (.ci/run does) to run them");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--hide-scrollbars", "--window-size=1366,900",
				// Headless Chromium names itself HeadlessChrome, which the site takes for
				// a
				// program and leaves out of posting activity (activity.Visitors): the
				// journeys
				// are people, so the browser gives desktop Chrome's name.
				"--user-agent=Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
						+ "Chrome/131.0.0.0 Safari/537.36");
		// A dialog stays open for a test to find, rather than being dismissed unseen.
		options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		WebDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		Files.createDirectories(SCREENSHOTS);
		return browser;
	}

	/**
	 * Runs axe-core (Deque's engine, bundled under test resources) on the current page
	 * with the WCAG 2.0-2.2 A and AA rules; returns one line per violated rule.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> accessibilityViolations(WebDriver browser) {
		JavascriptExecutor js = (JavascriptExecutor) browser;
		// Once a page: checked again at another width, the page still has it.
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined';"))) {
			js.executeScript(axeSource());
		}
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

	/**
	 * Clicks something that loads a new page and waits until the old one is gone, so the
	 * next assertion reads the new page, not the one being left.
	 */
	public static void follow(WebDriver browser, WebElement target) {
		WebElement old = browser.findElement(By.tagName("html"));
		target.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until((driver) -> gone(old));
	}

	/**
	 * Whether an element has left the document. Besides the usual stale-element answer,
	 * Chromium sometimes reports a node caught mid-navigation as "does not belong to the
	 * document": that is gone too.
	 */
	private static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/**
	 * Whether screenshots are taken: they are for looking at, and assert nothing, so a
	 * plain build skips them (a full-page one costs about half a second); {@code ./mvnw
	 * verify -Dscreenshots} takes them all.
	 */
	public static boolean screenshots() {
		String value = System.getProperty("screenshots");
		return value != null && !value.equals("false");
	}

	/**
	 * A full-page screenshot, when {@link #screenshots() taken}: the window grows to the
	 * page's height first.
	 */
	public static void screenshot(WebDriver browser, String name) throws IOException {
		if (!screenshots()) {
			return;
		}
		Dimension before = browser.manage().window().getSize();
		long height = (Long) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollHeight;");
		browser.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 150, 12000)));
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		browser.manage().window().setSize(before);
	}

	/** What a visitor sees before scrolling, when {@link #screenshots() taken}. */
	public static void firstScreen(WebDriver browser, String name) throws IOException {
		if (!screenshots()) {
			return;
		}
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static synchronized String axeSource() {
		if (axe == null) {
			try (InputStream in = Chromium.class.getResourceAsStream("/axe/axe.min.js")) {
				axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new IllegalStateException("axe-core missing from test resources", ex);
			}
		}
		return axe;
	}

}
