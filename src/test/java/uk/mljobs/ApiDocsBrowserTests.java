package uk.mljobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

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
 * The API's Swagger UI in real headless Chromium, under the site's Content Security
 * Policy: it renders with its own stylesheet and the policy refuses nothing on the page.
 * Same context as {@link BrowserJourneyTests}, so the run shares it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class ApiDocsBrowserTests extends BrowserTest {

	@Test
	void swaggerUiRendersStyledAndThePolicyRefusesNothing() throws Exception {
		// Every refusal the policy makes on the page, from before its first script runs
		// (for this page only: the browser is shared with other classes).
		Map<String, Object> listener = ((HasCdp) browser).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
				Map.of("source", """
						window.__refused = [];
						document.addEventListener('securitypolicyviolation',
							(e) => window.__refused.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline')
								+ ' ' + (e.sourceFile || '') + ':' + e.lineNumber));"""));
		try {
			open("/api/docs");
			check();
		}
		finally {
			((HasCdp) browser).executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument",
					Map.of("identifier", listener.get("identifier")));
		}
	}

	private static void check() throws Exception {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .opblock-get")));
		JavascriptExecutor js = (JavascriptExecutor) browser;
		// Swagger UI's own stylesheet is applied: a GET block is tinted, the title large.
		assertThat(js.executeScript(
				"return getComputedStyle(document.querySelector('.swagger-ui .opblock-get'))" + ".backgroundColor;"))
			.isNotEqualTo("rgba(0, 0, 0, 0)");
		assertThat(js.executeScript(
				"return getComputedStyle(document.querySelector('.swagger-ui .info .title'))" + ".fontSize;"))
			.isEqualTo("36px");
		assertThat(browser.findElements(By.cssSelector(".swagger-ui .opblock-summary-path"))).hasSizeGreaterThan(3);
		Chromium.screenshot(browser, "api-docs");
		assertThat((List<?>) js.executeScript("return window.__refused;")).isEmpty();
	}

}
