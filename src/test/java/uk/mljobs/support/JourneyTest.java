package uk.mljobs.support;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of the journeys through the site in Chromium (sign up, confirm the address
 * from the mail, sign in and out, follow links, check a page for WCAG and overflow at a
 * phone's and a laptop's width), shared by the journey test classes.
 */
public abstract class JourneyTest extends BrowserTest {

	protected static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1366, 900));

	protected static final Dimension LAPTOP = new Dimension(1366, 900);

	@Autowired
	protected JdbcTemplate jdbc;

	/**
	 * Opens the confirmation link mailed to the address (read from the outbox, where the
	 * mail waits for the SMTP server) and presses Confirm, as its owner would.
	 */
	protected void confirmAddress(String email) {
		String body = this.jdbc.queryForObject(
				"SELECT body_text FROM mail_outbox WHERE recipient = ? AND subject = 'Confirm your email address' "
						+ "ORDER BY id DESC LIMIT 1",
				String.class, email);
		Matcher link = Pattern.compile("https?://[^/\\s]+(/account/verify\\?token=[A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as("a confirmation link in %s", body).isTrue();
		open(link.group(1));
		assertThat(text(By.tagName("h1"))).isEqualTo("Confirm your email address");
		follow(By.xpath("//main//button[normalize-space()='Confirm']"));
	}

	/**
	 * Records that an admin vouched for the recruiter at their company, as the button on
	 * /admin/users does; the impostor journey presses the button itself.
	 */
	protected void vouch(String email) {
		this.jdbc.update("UPDATE account SET vouched_company_id = company_id, vouched_at = now() "
				+ "WHERE email = ? AND company_id IS NOT NULL", email);
	}

	/** Fills and sends the sign-up form on the current (register) page. */
	protected static void signUp(String email, String name) {
		type(By.id("email"), email);
		type(By.id("password"), TestAccounts.PASSWORD);
		type(By.id("name"), name);
		new Select(browser.findElement(By.id("company"))).selectByValue("monzo");
		browser.findElement(By.id("agency-false")).click();
		follow(By.xpath("//main//button[normalize-space()='Create account']"));
	}

	/** Fills and sends the sign-in form; the page must be /login. */
	protected void signIn(String email, String password) {
		if (!browser.getCurrentUrl().contains("/login")) {
			open("/login");
		}
		type(By.id("username"), email);
		type(By.id("password"), password);
		follow(By.xpath("//main//button[normalize-space()='Sign in']"));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** A fresh browser session: no cookies for the site. */
	protected void signOut() {
		open("/");
		browser.manage().deleteAllCookies();
	}

	/** Clicks a link or button and waits until the next page has replaced this one. */
	protected static void follow(By by) {
		Chromium.follow(browser, browser.findElement(by));
	}

	/** Does something that loads a page, then fails the test if a dialog opens. */
	protected static void visit(Runnable action, String where, List<String> dialogs) {
		try {
			action.run();
		}
		catch (UnhandledAlertException ex) {
			// The dialog is still open; the check below reads and closes it.
		}
		try {
			// A script on the page would have run while it loaded; a moment more covers
			// one started by the page's own handlers.
			Alert alert = new WebDriverWait(browser, Duration.ofMillis(300), Duration.ofMillis(50))
				.until(ExpectedConditions.alertIsPresent());
			dialogs.add(where + ": " + alert.getText());
			alert.accept();
		}
		catch (TimeoutException ex) {
			// No dialog: as it should be.
		}
	}

	/** axe-core and horizontal overflow at both widths, with a screenshot of each. */
	protected static void check(SoftAssertions pages, String name) throws Exception {
		String path = browser.getCurrentUrl();
		for (Dimension size : SIZES) {
			browser.manage().window().setSize(size);
			long overflow = (Long) ((JavascriptExecutor) browser)
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			pages.assertThat(overflow)
				.as("horizontal overflow of %s (%s) at %s", name, path, size)
				.isLessThanOrEqualTo(0);
			pages.assertThat(accessibilityViolations())
				.as("WCAG 2.2 AA violations on %s (%s) at %s", name, path, size)
				.isEmpty();
			screenshot(name + "-" + size.getWidth());
		}
		browser.manage().window().setSize(LAPTOP);
	}

	protected static List<String> accessibilityViolations() {
		return Chromium.accessibilityViolations(browser);
	}

	protected static void type(By field, String text) {
		WebElement element = browser.findElement(field);
		element.clear();
		element.sendKeys(text);
	}

	protected static String text(By by) {
		return browser.findElement(by).getText();
	}

	protected static void screenshot(String name) throws Exception {
		Chromium.screenshot(browser, name);
	}

}
