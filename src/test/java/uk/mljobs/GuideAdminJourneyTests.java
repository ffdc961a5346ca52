package uk.mljobs;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.support.JourneyTest;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin writes a guide in Chromium and cannot send it out half-written: the check page
 * lists what is missing, publishing needs the box ticked, a band edit shows the passages
 * still quoting its old figure with a link to edit them, and the guide can be taken off
 * the site again. Runs in the recruiter journeys' application (same settings, so one
 * context).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class GuideAdminJourneyTests extends JourneyTest {

	private static final String SLUG = "journey-guide-engineer";

	private static final String TITLE = "Journey Guide Engineer";

	@Autowired
	private ApplicationEventPublisher events;

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(LAPTOP);
		signOut();
	}

	@AfterEach
	void removeGuide() {
		Long id = this.jdbc.query("SELECT id FROM role WHERE slug = ?", (rs) -> rs.next() ? rs.getLong(1) : null, SLUG);
		if (id == null) {
			return;
		}
		this.jdbc.update(
				"DELETE FROM salary_band_change WHERE band_id IN (SELECT id FROM salary_band WHERE role_id = ?)", id);
		this.jdbc.update("DELETE FROM salary_band WHERE role_id = ?", id);
		this.jdbc.update("DELETE FROM guide_section WHERE role_id = ?", id);
		this.jdbc.update("DELETE FROM level WHERE role_id = ?", id);
		this.jdbc.update("DELETE FROM moderation_decision WHERE subject = 'GUIDE' AND subject_id = ?", id);
		this.jdbc.update("DELETE FROM role WHERE id = ?", id);
		this.events.publishEvent(new CuratedContentChanged("journey guide removed"));
	}

	@Test
	void aGuideIsCheckedPublishedQuotedByItsBandAndUnpublished() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		signInAsAdmin();
		open("/admin/guides/new");
		type(By.id("title"), TITLE);
		type(By.id("slug"), SLUG);
		type(By.id("tagline"), "A guide written in the browser.");
		type(By.id("summary"), "What this made-up role does, in a paragraph of our own.");
		type(By.id("sourceTitle"), "Our 2026 pay survey");
		type(By.id("sourceUpdated"), "May 2026");
		follow(By.xpath("//main//button[normalize-space()='Create the draft']"));
		long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/admin/guides/(\\d+).*", "$1"));

		follow(By.linkText("Check and publish"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Publish the " + TITLE + " guide");
		assertThat(text(By.tagName("main"))).contains("Missing: At least one level")
			.contains("Missing: At least one section of the guide's text")
			.contains("cannot be published until everything above is done");
		check(pages, "guide-publish-1-missing");

		open("/admin/guides/" + id + "/levels");
		type(By.id("rows-0-title"), "Senior " + TITLE);
		follow(By.xpath("//main//button[normalize-space()='Save levels']"));
		open("/admin/guides/" + id + "/sections");
		new Select(browser.findElement(By.id("rows-0-topic"))).selectByValue("OVERVIEW");
		type(By.id("rows-0-heading"), "What the job pays");
		type(By.id("rows-0-text"), "A senior hire in London starts at about £95,000 here.");
		follow(By.xpath("//main//button[normalize-space()='Save sections']"));

		open("/admin/guides/" + id + "/publish");
		assertThat(text(By.tagName("main"))).contains("Done: At least one level")
			.contains("Done: A source and its date for the pay figures");
		follow(By.xpath("//main//button[normalize-space()='Publish the guide']"));
		assertThat(text(By.id("confirm-error"))).isEqualTo("Tick the box to confirm you have previewed the guide.");
		check(pages, "guide-publish-2-unticked");
		browser.findElement(By.name("confirm")).click();
		follow(By.xpath("//main//button[normalize-space()='Publish the guide']"));
		assertThat(text(By.cssSelector("main .notice"))).contains("Published: the guide is live.");
		open("/roles/" + SLUG);
		assertThat(text(By.tagName("h1"))).contains(TITLE);

		long band = this.jdbc.queryForObject("""
				INSERT INTO salary_band (role_id, level_id, region_id, min_gbp, max_gbp, source, as_of_year)
				SELECT l.role_id, l.id, r.id, 95000, 120000, 'Our 2026 pay survey', 2026
				FROM level l, region r WHERE l.role_id = ? AND r.slug = 'london' RETURNING id""", Long.class, id);
		this.events.publishEvent(new CuratedContentChanged("journey band added"));
		open("/admin/salary-bands/" + band);
		assertThat(text(By.cssSelector(".guide-quotes"))).contains("What the job pays").contains("£95,000");
		check(pages, "guide-band-1-quotes");
		type(By.id("min"), "98000");
		type(By.id("reason"), "The survey's refresh");
		follow(By.xpath("//main//button[normalize-space()='Save']"));
		assertThat(text(By.id("stale-heading"))).isEqualTo("The guide still quotes £95,000");
		check(pages, "guide-band-2-stale");
		follow(By.linkText("Edit sections"));
		assertThat(browser.getCurrentUrl()).endsWith("/admin/guides/" + id + "/sections");

		open("/admin/guides/" + id);
		follow(By.linkText("Check and unpublish"));
		assertThat(text(By.tagName("main"))).contains("0 live postings name this role")
			.contains("0 job alerts filter on this role");
		check(pages, "guide-unpublish-1-check");
		type(By.id("reason"), "Written for the journey test");
		browser.findElement(By.name("confirm")).click();
		follow(By.xpath("//main//button[normalize-space()='Unpublish the guide']"));
		assertThat(text(By.cssSelector("main .notice"))).contains("Unpublished: the guide is a draft again");
		assertThat(text(By.cssSelector("main .lead"))).startsWith("Draft: only admins see it");
		open("/roles/" + SLUG);
		assertThat(text(By.tagName("h1"))).doesNotContain(TITLE);
		pages.assertAll();
	}

}
