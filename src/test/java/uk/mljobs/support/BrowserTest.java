package uk.mljobs.support;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.mljobs.system.RateLimiter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every browser test class shares: one headless Chromium for the class (skipped,
 * saying why, where Chromium is absent), and the app it drives on its random port.
 */
public abstract class BrowserTest {

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

	@Autowired
	private RateLimiter limiter;

	@Autowired
	private JdbcTemplate database;

	/**
	 * The browser is always 127.0.0.1, and allowances are shared by every test's server
	 * (they live in the one database): each test starts with loopback's in full.
	 */
	@BeforeEach
	void giveLoopbackItsAllowances() {
		for (String loopback : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			this.limiter.forget("signup:" + loopback);
			this.limiter.forget("login-address:" + loopback);
			this.limiter.forget("posting-report:" + loopback);
		}
	}

	/**
	 * One Chromium for every browser test class in the run (it quits when the JVM does):
	 * starting one is a second or two of CPU a class. Each class starts signed out, at
	 * the laptop's size.
	 */
	@BeforeAll
	static void startChromium() throws Exception {
		if (browser == null) {
			browser = Chromium.start();
			WebDriver started = browser;
			Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "stop-chromium"));
		}
		else {
			// Cookies are per host, not per port: the last class's session must not come
			// along (its server may share this one's database).
			browser.manage().deleteAllCookies();
			browser.manage().window().setSize(new Dimension(1366, 900));
			// Back to the plain screen medium and the system's colour scheme.
			((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("media", "", "features", List.of()));
		}
	}

	/**
	 * Signs the admin in as admins must: the password, then a code from the mail (read
	 * where it waits in the outbox). Ends on the page the admin was going to.
	 */
	protected void signInAsAdmin() {
		open("/login");
		browser.findElement(By.id("username")).sendKeys(TestAccounts.ADMIN_EMAIL);
		browser.findElement(By.id("password")).sendKeys(TestAccounts.ADMIN_PASSWORD);
		Chromium.follow(browser, browser.findElement(By.xpath("//main//button[normalize-space()='Sign in']")));
		giveMailedCode(TestAccounts.ADMIN_EMAIL);
	}

	/**
	 * On the second-factor page: asks for a code, types the one mailed to the address,
	 * and waits to leave the sign-in pages.
	 */
	protected void giveMailedCode(String email) {
		assertThat(browser.getCurrentUrl()).contains("/login/second-factor");
		Long id = this.database.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		this.limiter.forget("sign-in-code:" + id);
		Chromium.follow(browser, browser.findElement(By.xpath("//main//button[normalize-space()='Email me a code']")));
		String subject = this.database.queryForObject(
				"SELECT subject FROM mail_outbox WHERE recipient = ? AND subject LIKE 'Your sign-in code:%' "
						+ "ORDER BY id DESC LIMIT 1",
				String.class, email);
		browser.findElement(By.id("token")).sendKeys(subject.replaceAll("[^0-9]", ""));
		Chromium.follow(browser, browser.findElement(By.xpath("//main//button[normalize-space()='Confirm']")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		this.database.update("UPDATE mail_outbox SET sent_at = now() WHERE recipient = ? AND sent_at IS NULL", email);
	}

	/** Goes to a path of the app under test. */
	protected void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
