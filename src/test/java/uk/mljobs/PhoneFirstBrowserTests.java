package uk.mljobs;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.BrowserTest;
import uk.mljobs.support.Chromium;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages as a seeker on a phone meets them, in real headless Chromium, on the
 * demo's data (its banner included, as the issue asks): a one-line header whose menu
 * opens without JavaScript, {@code <main>} within 160 px of the top, Apply always in
 * reach on a posting, the guide's long tables folded on phones and its contents list in
 * view on a laptop, charts as wide as their column, even cards; and at 360, 390, 768 and
 * 1366 px no sideways scrolling and no WCAG 2.2 AA violation. Shares
 * {@link ChartBrowserTests}' context and database. Screenshots of the first screen and
 * the whole page land in {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "mljobs.demo.enabled=true")
@Import({ ChartBrowserTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class PhoneFirstBrowserTests extends BrowserTest {

	private static final Dimension PHONE = new Dimension(390, 844);

	private static final Dimension LAPTOP = new Dimension(1366, 900);

	private static final List<Dimension> WIDTHS = List.of(new Dimension(360, 740), PHONE, new Dimension(768, 1024),
			LAPTOP);

	@Autowired
	private JdbcTemplate jdbc;

	private String posting;

	private String company;

	@BeforeEach
	void pickAPosting() {
		Map<String, Object> live = this.jdbc
			.queryForMap("SELECT p.id, c.slug FROM posting p JOIN company c ON c.id = p.company_id "
					+ "WHERE p.status = 'PUBLISHED' AND p.apply_url IS NOT NULL ORDER BY p.id LIMIT 1");
		this.posting = "/jobs/" + live.get("id");
		this.company = "/companies/" + live.get("slug");
	}

	@AfterEach
	void laptop() {
		browser.manage().window().setSize(LAPTOP);
	}

	@Test
	void everyPageFitsEveryWidthAndPassesAxe() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		for (String path : List.of("/", "/jobs", "/jobs?q=engineer&mode=remote", this.posting, "/roles/mlops-engineer",
				"/salaries", "/companies", this.company, "/login")) {
			for (Dimension size : WIDTHS) {
				browser.manage().window().setSize(size);
				open(path);
				String where = path + " at " + size.getWidth() + " px";
				pages
					.assertThat(number(
							"return document.documentElement.scrollWidth" + " - document.documentElement.clientWidth;"))
					.as("horizontal overflow of %s", where)
					.isLessThanOrEqualTo(0);
				pages.assertThat(Chromium.accessibilityViolations(browser))
					.as("WCAG 2.2 AA violations on %s", where)
					.isEmpty();
				firstScreen("phone-first" + name(path) + "-" + size.getWidth());
			}
		}
		pages.assertAll();
	}

	@Test
	void onAPhoneTheHeaderIsOneLineAndTheMenuOpensAndCloses() throws Exception {
		browser.manage().window().setSize(PHONE);
		for (String path : List.of("/", "/jobs", this.posting, "/roles/mlops-engineer")) {
			open(path);
			assertThat(text(By.className("demo-banner"))).as("the demo banner on %s", path).startsWith("Demo mode");
			assertThat(number("return document.querySelector('main').getBoundingClientRect().top;"))
				.as("where <main> starts on %s at 390 px, banner included", path)
				.isLessThanOrEqualTo(160);
			assertThat(number("return document.querySelector('.header-bar').getBoundingClientRect().height;"))
				.as("the header bar is one line")
				.isLessThan(64);
		}
		WebElement jobs = browser.findElement(By.cssSelector(".site-nav a[href='/jobs']"));
		assertThat(jobs.isDisplayed()).as("the menu starts closed").isFalse();
		WebElement menu = browser.findElement(By.cssSelector(".menu > summary"));
		assertThat(menu.getText()).isEqualTo("Menu");
		menu.click();
		assertThat(jobs.isDisplayed()).as("the menu opens").isTrue();
		firstScreen("phone-first-menu-open-390");
		browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		assertThat(jobs.isDisplayed()).as("Escape closes it").isFalse();
		assertThat(browser.switchTo().activeElement()).as("focus back on the menu button").isEqualTo(menu);
		menu.click();
		browser.findElement(By.className("site-footer")).click();
		assertThat(jobs.isDisplayed()).as("a click outside closes it").isFalse();

		// Without JavaScript the disclosure is the browser's own: a tap opens it.
		HasCdp cdp = (HasCdp) browser;
		cdp.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			open("/companies");
			browser.findElement(By.cssSelector(".menu > summary")).click();
		}
		finally {
			cdp.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
		assertThat(number("return document.querySelector('.menu').open ? 1 : 0;")).as("opened without scripts")
			.isEqualTo(1);
	}

	@Test
	void onALaptopTheMenuIsTheHeaderItself() {
		browser.manage().window().setSize(LAPTOP);
		// Without JavaScript the stylesheet alone shows the closed menu's links.
		HasCdp cdp = (HasCdp) browser;
		cdp.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
		try {
			open("/jobs");
		}
		finally {
			cdp.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
		}
		assertThat(number("return document.querySelector('.menu').open ? 1 : 0;")).isZero();
		assertThat(
				number("return document.querySelector('.site-nav a[href=\"/jobs\"]').getBoundingClientRect().height;"))
			.as("the Jobs link laid out in the header")
			.isGreaterThan(20);
		open("/jobs");
		assertThat(browser.findElement(By.cssSelector(".menu > summary")).isDisplayed()).isFalse();
		for (String link : List.of("Jobs", "Role guides", "Salaries", "Companies", "Sign in", "Post a job")) {
			assertThat(browser.findElement(By.linkText(link)).isDisplayed()).as(link).isTrue();
		}
		assertThat(number("return document.querySelector('.site-header').getBoundingClientRect().height;"))
			.as("banner and one line of header")
			.isLessThan(110);
	}

	@Test
	void applyStaysInReachOnAPhone() throws Exception {
		browser.manage().window().setSize(PHONE);
		open(this.posting);
		WebElement bar = browser.findElement(By.className("apply-bar"));
		for (double at : new double[] { 0, 0.5, 1 }) {
			((JavascriptExecutor) browser).executeScript(
					"window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * arguments[0]);", at);
			assertThat(bar.isDisplayed()).isTrue();
			assertThat(number("const r = document.querySelector('.apply-bar .button').getBoundingClientRect();"
					+ " return r.top >= 0 && r.bottom <= innerHeight ? 1 : 0;"))
				.as("Apply inside the screen, scrolled %s of the way", at)
				.isEqualTo(1);
		}
		assertThat(browser.findElement(By.cssSelector(".apply-bar .button")).getAttribute("href"))
			.isEqualTo(browser.findElement(By.cssSelector(".posting-facts .apply-button")).getAttribute("href"));
		assertThat(number("const f = document.querySelector('.site-footer').getBoundingClientRect();"
				+ " const b = document.querySelector('.apply-bar').getBoundingClientRect(); return f.bottom <= b.top ? 1 : 0;"))
			.as("at the end of the page the bar covers nothing of the footer")
			.isEqualTo(1);
		firstScreen("phone-first-posting-scrolled-390");
		browser.manage().window().setSize(LAPTOP);
		open(this.posting);
		assertThat(browser.findElement(By.className("apply-bar")).isDisplayed())
			.as("on a laptop Apply sits beside the text")
			.isFalse();
	}

	@Test
	void theGuideFoldsItsTablesOnAPhoneAndKeepsItsContentsInViewOnALaptop() {
		browser.manage().window().setSize(PHONE);
		open("/roles/mlops-engineer");
		double phoneHeight = number("return document.documentElement.scrollHeight;");
		assertThat(browser.findElements(By.cssSelector("details.topic-fold[open]"))).as("topics open on a phone")
			.hasSize(1);
		WebElement pay = browser.findElement(By.id("salary"));
		WebElement table = pay.findElement(By.cssSelector("details.table-fold table"));
		assertThat(table.isDisplayed()).isFalse();
		// The contents list, then a topic in it: the topic opens where the link lands.
		browser.findElement(By.cssSelector(".toc summary")).click();
		browser.findElement(By.cssSelector(".toc")).findElement(By.linkText("Salary by level and region")).click();
		assertThat(pay.findElement(By.cssSelector("details.topic-fold")).getDomProperty("open")).isEqualTo("true");
		assertThat(table.isDisplayed()).as("its tables still folded").isFalse();
		pay.findElement(By.cssSelector("details.table-fold summary")).click();
		assertThat(table.isDisplayed()).as("open once tapped").isTrue();

		browser.manage().window().setSize(LAPTOP);
		open("/roles/mlops-engineer");
		assertThat(browser.findElements(By.cssSelector("details.table-fold table"))).as("every table shown on a laptop")
			.allMatch(WebElement::isDisplayed);
		((JavascriptExecutor) browser).executeScript("document.getElementById('salary').scrollIntoView();");
		assertThat(number("const r = document.querySelector('.toc').getBoundingClientRect();"
				+ " return r.top >= 0 && r.top < 40 && r.bottom <= innerHeight ? 1 : 0;"))
			.as("the contents list in view beside the pay section")
			.isEqualTo(1);
		assertThat(phoneHeight).as("the guide's height on a phone, its first topic open").isLessThan(6000);
	}

	@Test
	void chartsAreAsWideAsTheirColumnWithLabelsApart() {
		for (Dimension size : List.of(new Dimension(360, 740), LAPTOP)) {
			browser.manage().window().setSize(size);
			open("/roles/mlops-engineer");
			assertThat(
					number("""
							return Math.min(...[...document.querySelectorAll('svg.box-plot, svg.range-bars')]
								.map(svg => svg.getBoundingClientRect().width / svg.parentElement.getBoundingClientRect().width));"""))
				.as("chart width against its column at %s px", size.getWidth())
				.isGreaterThan(0.99);
			assertThat(
					number("""
							const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
							let count = 0;
							for (const svg of document.querySelectorAll('svg.box-plot, svg.range-bars')) {
								const boxes = [...svg.querySelectorAll('text')].map(t => t.getBoundingClientRect());
								boxes.forEach((a, i) => boxes.slice(i + 1).forEach(b => { if (overlaps(a, b)) count++; }));
							}
							return count;"""))
				.as("chart words running into each other at %s px", size.getWidth())
				.isZero();
			assertThat(number("""
					return Math.min(...[...document.querySelectorAll('svg.box-plot text, svg.range-bars text')]
						.map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a));"""))
				.as("smallest chart word at %s px", size.getWidth())
				.isBetween(12.0, 16.0);
		}
	}

	@Test
	void stackCardsInARowAreOneHeight() {
		browser.manage().window().setSize(LAPTOP);
		open("/roles/mlops-engineer");
		assertThat(number("""
				let uneven = 0;
				for (const list of document.querySelectorAll('.stack-list')) {
					const rows = new Map();
					for (const card of list.children) {
						const r = card.getBoundingClientRect();
						const row = rows.get(Math.round(r.top)) || [];
						row.push(Math.round(r.height));
						rows.set(Math.round(r.top), row);
					}
					rows.forEach(heights => { if (new Set(heights).size > 1) uneven++; });
				}
				return uneven;""")).as("rows of tech-stack cards of uneven height").isZero();
	}

	private static String name(String path) {
		return path.equals("/") ? "-home" : path.replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
	}

	private static String text(By by) {
		return browser.findElement(by).getText();
	}

	private static double number(String script) {
		return ((Number) ((JavascriptExecutor) browser).executeScript(script)).doubleValue();
	}

	/** What a seeker sees before scrolling. */
	private static void firstScreen(String name) throws Exception {
		Chromium.firstScreen(browser, name);
	}

}
