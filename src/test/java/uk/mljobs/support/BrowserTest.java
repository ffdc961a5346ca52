package uk.mljobs.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class shares: one headless Chromium for the class (skipped,
 * saying why, where Chromium is absent), and the app it drives on its random port.
 */
public abstract class BrowserTest {

	protected static WebDriver browser;

	@LocalServerPort
	protected int port;

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
