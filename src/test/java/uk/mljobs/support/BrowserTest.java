package uk.mljobs.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.mljobs.system.RateLimiter;

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

	/**
	 * The browser is always 127.0.0.1, and allowances are shared by every test's server
	 * (they live in the one database): each test starts with loopback's in full.
	 */
	@BeforeEach
	void giveLoopbackItsAllowances() {
		for (String loopback : new String[] { "127.0.0.1", "0:0:0:0:0:0:0:1" }) {
			this.limiter.forget("signup:" + loopback);
			this.limiter.forget("login-address:" + loopback);
		}
	}

	@BeforeAll
	static void startChromium() throws Exception {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	/** Goes to a path of the app under test. */
	protected void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
