package uk.mljobs;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;

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
 * The salary and skills charts in real headless Chromium, with the demo's sample postings
 * so every chart has data: WCAG 2.2 AA (axe-core) in the light and the dark scheme, at
 * phone and laptop widths; words in the charts no smaller than body text on a phone
 * allows; black on white when printed. Screenshots land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mljobs.demo.enabled=true")
@Import({ ChartBrowserTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class ChartBrowserTests extends BrowserTest {

	private static final List<String> PAGES = List.of("/salaries", "/roles/machine-learning-engineer",
			"/roles/mlops-engineer");

	private static final List<Dimension> SIZES = List.of(new Dimension(390, 844), new Dimension(1366, 900));

	/** Chart words drawn smaller than this on a phone are hard to read. */
	private static final double SMALLEST_TEXT_PX = 12;

	@AfterEach
	void plainScreen() {
		emulate("screen", "light");
		browser.manage().window().setSize(SIZES.get(1));
	}

	@Test
	void chartsPassTheAccessibilityCheckInBothSchemesAtBothWidths() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		for (String scheme : List.of("light", "dark")) {
			emulate("screen", scheme);
			for (Dimension size : SIZES) {
				browser.manage().window().setSize(size);
				for (String path : PAGES) {
					open(path);
					String where = path + " at " + size.getWidth() + " px, " + scheme;
					pages.assertThat(count("svg.box-plot")).as("box plots on %s", where).isGreaterThanOrEqualTo(2);
					// The ML Engineer guide's source gives market figures, not bands by
					// level.
					pages.assertThat(count("svg.range-bars title"))
						.as("labelled band charts on %s", where)
						.isEqualTo(path.contains("machine-learning") ? 0 : 1);
					pages.assertThat(Chromium.accessibilityViolations(browser))
						.as("WCAG 2.2 AA violations on %s", where)
						.isEmpty();
					pages
						.assertThat(number("return document.documentElement.scrollWidth"
								+ " - document.documentElement.clientWidth;"))
						.as("horizontal overflow of %s", where)
						.isLessThanOrEqualTo(0);
					pages.assertThat((List<?>) ((JavascriptExecutor) browser).executeScript("""
							return [...document.querySelectorAll('table.stack-on-phone')]
								.filter(t => t.parentElement.scrollWidth > t.parentElement.clientWidth)
								.map(t => t.caption ? t.caption.textContent.trim() : 'a table');"""))
						.as("tables scrolling in their card on %s", where)
						.isEmpty();
					Chromium.screenshot(browser,
							"charts" + path.replace('/', '-') + "-" + size.getWidth() + "-" + scheme);
				}
			}
		}
		pages.assertAll();
	}

	@Test
	void chartTextStaysReadableOnAPhone() {
		browser.manage().window().setSize(SIZES.get(0));
		for (String path : List.of("/salaries", "/roles/machine-learning-engineer")) {
			open(path);
			// The rendered height of the smallest glyph box among the charts' words.
			double smallest = number(
					"""
							return Math.min(...[...document.querySelectorAll('svg.box-plot text, svg.range-bars text, svg.gap-chart text')]
								.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));""");
			assertThat(smallest).as("smallest chart text on %s at 390 px", path)
				.isGreaterThanOrEqualTo(SMALLEST_TEXT_PX);
		}
	}

	@Test
	void chartsPrintBlackOnWhite() {
		emulate("print", "dark");
		open("/roles/mlops-engineer");
		Map<String, String> strokes = Map.of("svg.box-plot .chart-quartiles", "rgb(0, 0, 0)",
				"svg.box-plot .chart-median", "rgb(0, 0, 0)");
		strokes.forEach((selector,
				colour) -> assertThat(
						text("return getComputedStyle(document.querySelector('" + selector + "')).stroke;"))
					.as("stroke of %s in print", selector)
					.isEqualTo(colour));
		assertThat(text("return getComputedStyle(document.querySelector('svg.box-plot .chart-quartiles')).fill;"))
			.isEqualTo("rgb(255, 255, 255)");
		assertThat(text("return getComputedStyle(document.querySelector('svg.range-bars .chart-band')).stroke;"))
			.isEqualTo("rgb(0, 0, 0)");
		open("/roles/machine-learning-engineer");
		assertThat(text("return getComputedStyle(document.querySelector('svg.gap-chart .gap-demand')).fill;"))
			.isEqualTo("rgb(0, 0, 0)");
	}

	/** Emulates a medium ("screen", "print") and a colour scheme ("light", "dark"). */
	private static void emulate(String media, String scheme) {
		((HasCdp) browser).executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("media", media, "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
	}

	private static long count(String selector) {
		return (long) number("return document.querySelectorAll('" + selector + "').length;");
	}

	private static double number(String script) {
		return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
	}

	private static String text(String script) {
		return (String) ((JavascriptExecutor) browser).executeScript(script);
	}

	/** Demo data must not reach the database the other tests share. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_charts";
		}

	}

}
