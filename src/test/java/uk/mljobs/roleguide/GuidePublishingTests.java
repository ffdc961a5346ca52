package uk.mljobs.roleguide;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A guide cannot go out half-written: publishing checks its required parts and asks the
 * admin to confirm.
 */
@IntegrationTest
class GuidePublishingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	private MockHttpSession admin;

	private long id;

	@BeforeEach
	void draft() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
		this.id = this.jdbc.queryForObject("""
				INSERT INTO role (slug, title, tagline, summary, source_title, source_updated, position)
				SELECT 'half-written-engineer', 'Half-written Engineer', 'A draft.', 'A draft guide for this test.',
				  '', '', max(position) + 1 FROM role RETURNING id""", Long.class);
	}

	@AfterEach
	void remove() {
		this.jdbc.update("DELETE FROM guide_section WHERE role_id = ?", this.id);
		this.jdbc.update("DELETE FROM level WHERE role_id = ?", this.id);
		this.jdbc.update("DELETE FROM moderation_decision WHERE subject = 'GUIDE' AND subject_id = ?", this.id);
		this.jdbc.update("DELETE FROM role WHERE id = ?", this.id);
		this.events.publishEvent(new CuratedContentChanged("test guide removed"));
	}

	@Test
	void aGuideWithoutLevelsOrTextCannotBePublishedAndAReadyOneNeedsConfirming() throws Exception {
		assertThat(page()).contains("Missing: At least one level")
			.contains("Missing: At least one section of the guide's text")
			.contains("cannot be published until everything above is done")
			.doesNotContain("I have previewed the guide");
		this.mvc.perform(publish("yes")).andExpect(status().isBadRequest());
		assertThat(published()).isFalse();

		this.jdbc.update("INSERT INTO level (role_id, slug, title, position) VALUES (?, 'senior', 'Senior', 0)",
				this.id);
		this.jdbc.update("""
				INSERT INTO guide_section (role_id, slug, topic, heading, body, position)
				VALUES (?, 'what', 'OVERVIEW', 'What the job is', 'Our own words about the job.', 0)""", this.id);
		assertThat(page()).contains("Done: At least one level")
			.contains("Done: At least one section")
			.contains("I have previewed the guide");
		assertThat(PageText.of(this.mvc.perform(publish(""))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString())).contains("Tick the box to confirm you have previewed the guide.");
		assertThat(published()).isFalse();
		this.mvc.perform(publish("yes")).andExpect(redirectedUrl("/admin/guides/" + this.id));
		assertThat(published()).isTrue();
	}

	@Test
	void aSumInPoundsInTheGuidesTextNeedsASourceAndDate() throws Exception {
		this.jdbc.update("INSERT INTO level (role_id, slug, title, position) VALUES (?, 'senior', 'Senior', 0)",
				this.id);
		this.jdbc.update("""
				INSERT INTO guide_section (role_id, slug, topic, heading, body, position)
				VALUES (?, 'pay', 'OVERVIEW', 'What it pays', 'Offers start near £ 60,000 outside London.', 0)""",
				this.id);
		assertThat(page()).contains("Missing: A source and its date for the pay figures")
			.doesNotContain("I have previewed the guide");
		this.mvc.perform(publish("yes")).andExpect(status().isBadRequest());
		assertThat(published()).isFalse();

		this.jdbc.update("UPDATE role SET source_title = 'Our survey', source_updated = 'May 2026' WHERE id = ?",
				this.id);
		assertThat(page()).contains("Done: A source and its date for the pay figures")
			.contains("I have previewed the guide");
	}

	private String page() throws Exception {
		return PageText.of(this.mvc.perform(get("/admin/guides/" + this.id + "/publish").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private org.springframework.test.web.servlet.RequestBuilder publish(String confirm) {
		return post("/admin/guides/" + this.id + "/publish").with(csrf())
			.session(this.admin)
			.param("version",
					String.valueOf(
							this.jdbc.queryForObject("SELECT version FROM role WHERE id = ?", Integer.class, this.id)))
			.param("confirm", confirm);
	}

	private boolean published() {
		return this.jdbc.queryForObject("SELECT published_at IS NOT NULL FROM role WHERE id = ?", Boolean.class,
				this.id);
	}

}
