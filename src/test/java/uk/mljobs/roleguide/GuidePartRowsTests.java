package uk.mljobs.roleguide;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each part of a guide posts rows of its own, with fields named for what they hold: a
 * problem is reported on the field it is about, a pay row's year is its year, and a row
 * of another guide is refused in every part. Shares {@link GuideEditingTests}' database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ GuideEditingTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class GuidePartRowsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private MockHttpSession admin;

	/** A draft guide with no rows in any part, so every row id is another guide's. */
	private long draft;

	@BeforeEach
	void draft() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
		this.draft = this.jdbc.queryForObject("""
				INSERT INTO role (slug, title, tagline, summary, source_title, source_updated, position)
				SELECT 'figures-engineer', 'Figures Engineer', 'A draft.', 'A draft guide for this test.', '', '',
				       max(position) + 1 FROM role RETURNING id""", Long.class);
	}

	@AfterEach
	void remove() {
		for (String table : List.of("market_salary", "day_rate", "faq")) {
			this.jdbc.update("DELETE FROM " + table + " WHERE role_id = ?", this.draft);
		}
		this.jdbc.update("DELETE FROM moderation_decision WHERE subject = 'GUIDE' AND subject_id = ?", this.draft);
		this.jdbc.update("DELETE FROM role WHERE id = ?", this.draft);
	}

	static Stream<Arguments> problems() {
		return Stream.of(
				Arguments.of("levels", "rows-0-yearsFrom", "Enter a whole number from 0 to 60.",
						List.of("rows[0].title", "Lead", "rows[0].yearsFrom", "x")),
				Arguments.of("sections", "rows-0-topic", "Choose where on the page it goes.",
						List.of("rows[0].heading", "Pay", "rows[0].text", "Our words.")),
				Arguments.of("facts", "rows-0-list", "Choose which list it belongs to.",
						List.of("rows[0].list", "GOSSIP", "rows[0].fact", "A fact")),
				Arguments.of("stack", "rows-0-tools-1-why", "Say why it matters.",
						List.of("rows[0].category", "Serving", "rows[0].tools[0].name", "Docker",
								"rows[0].tools[0].why", "Images.", "rows[0].tools[1].name", "Kubernetes")),
				Arguments.of("skills", "rows-0-skill", "Name the skill or tool.", List.of("rows[0].list", "ESSENTIAL")),
				Arguments.of("stages", "rows-0-openEnded", "An open-ended top needs a pay range.",
						List.of("rows[0].title", "Lead", "rows[0].openEnded", "true")),
				Arguments.of("faq", "rows-0-answer", "Write the answer.", List.of("rows[0].question", "Why?")),
				Arguments.of("gaps", "rows-0-demand", "Give employer demand in percent, 0 to 100.",
						List.of("rows[0].skill", "Evals", "rows[0].supply", "10", "rows[0].why", "Few did it.")),
				Arguments.of("locations", "rows-0-why", "Say why the jobs are there.",
						List.of("rows[0].place", "Leeds")),
				Arguments.of("sectors", "rows-0-employers", "An employer is named twice.",
						List.of("rows[0].sector", "Banking", "rows[0].headline", "Assistants", "rows[0].portrait",
								"Banks.", "rows[0].employers", "Monzo\nmonzo")),
				Arguments.of("companies", "rows-0-company", "Choose a listed company.",
						List.of("rows[0].company", "no-such-company")),
				Arguments.of("pay", "rows-0-year", "Enter a whole number from 2000 to 2100.", List.of("rows[0].kind",
						"SALARY", "rows[0].median", "80000", "rows[0].source", "Survey", "rows[0].year", "1999")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("problems")
	void aProblemIsReportedOnTheFieldItIsAboutAndTheSummaryLinksThere(String part, String field, String message,
			List<String> params) throws Exception {
		String html = this.mvc.perform(part(this.draft, part, params))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#" + field + "-error").text()).isEqualTo(message);
		Element control = page.getElementById(field);
		assertThat(control).as("the field %s", field).isNotNull();
		assertThat(control.attr("aria-describedby")).contains(field + "-error");
		assertThat(page.select(".error-summary a[href=\"#" + field + "\"]").text()).isEqualTo(message);
	}

	@Test
	void aPayRowKeepsItsRegionRangeMedianSourceAndYearEachWhereTheyBelong() throws Exception {
		this.mvc
			.perform(part(this.draft, "pay",
					List.of("rows[0].kind", "SALARY", "rows[0].from", "£70,000", "rows[0].to", "95000",
							"rows[0].median", "80,000", "rows[0].source", "A salary survey", "rows[0].year", "2024",
							"rows[1].kind", "DAY_RATE", "rows[1].region", "london", "rows[1].median", "650",
							"rows[1].source", "A contractor survey", "rows[1].year", "2025")))
			.andExpect(redirectedUrl("/admin/guides/" + this.draft + "/pay"));
		assertThat(this.jdbc.queryForMap("""
				SELECT region_id, range_min_gbp, range_max_gbp, median_gbp, source, as_of_year
				FROM market_salary WHERE role_id = ?""", this.draft)).containsEntry("region_id", null)
			.containsEntry("range_min_gbp", 70000)
			.containsEntry("range_max_gbp", 95000)
			.containsEntry("median_gbp", 80000)
			.containsEntry("source", "A salary survey")
			.containsEntry("as_of_year", 2024);
		assertThat(this.jdbc.queryForMap("""
				SELECT r.slug, d.min_gbp, d.median_gbp, d.source, d.as_of_year
				FROM day_rate d JOIN region r ON r.id = d.region_id WHERE d.role_id = ?""", this.draft))
			.containsEntry("slug", "london")
			.containsEntry("min_gbp", null)
			.containsEntry("median_gbp", 650)
			.containsEntry("source", "A contractor survey")
			.containsEntry("as_of_year", 2025);

		Document editor = Jsoup.parse(this.mvc.perform(get("/admin/guides/" + this.draft + "/pay").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(editor.select("input[name=rows[0].year]").attr("value")).isEqualTo("2024");
		assertThat(editor.select("input[name=rows[0].median]").attr("value")).isEqualTo("80000");
		assertThat(editor.select("select[name=rows[0].region] option[selected]")).isEmpty();
		assertThat(editor.select("input[name=rows[1].year]").attr("value")).isEqualTo("2025");
		assertThat(editor.select("input[name=rows[1].source]").attr("value")).isEqualTo("A contractor survey");
		assertThat(editor.select("select[name=rows[1].region] option[selected]").attr("value")).isEqualTo("london");
	}

	static Stream<Arguments> foreignRows() {
		return Stream.of(Arguments.of("levels", "SELECT min(id) FROM level", List.of("rows[0].title", "Lead")),
				Arguments.of("sections", "SELECT min(id) FROM guide_section",
						List.of("rows[0].topic", "OVERVIEW", "rows[0].heading", "Mine", "rows[0].text", "Words.")),
				Arguments.of("facts", "SELECT min(id) FROM role_fact",
						List.of("rows[0].list", "TRADE_OFF", "rows[0].fact", "Mine")),
				Arguments.of("stack", "SELECT min(id) FROM tool_category",
						List.of("rows[0].category", "Mine", "rows[0].tools[0].name", "Docker", "rows[0].tools[0].why",
								"Images.")),
				Arguments.of("skills", "SELECT min(tool_id) FROM role_skill",
						List.of("rows[0].list", "ESSENTIAL", "rows[0].skill", "Python")),
				Arguments.of("stages", "SELECT min(id) FROM career_stage", List.of("rows[0].title", "Lead")),
				Arguments.of("faq", "SELECT min(id) FROM faq",
						List.of("rows[0].question", "Mine?", "rows[0].answer", "Yes.")),
				Arguments.of("gaps", "SELECT min(id) FROM skill_gap",
						List.of("rows[0].skill", "Evals", "rows[0].demand", "50", "rows[0].supply", "10", "rows[0].why",
								"Few did it.")),
				Arguments.of("locations", "SELECT min(id) FROM hiring_location",
						List.of("rows[0].place", "Leeds", "rows[0].why", "Banks.")),
				Arguments.of("sectors", "SELECT min(id) FROM sector_profile",
						List.of("rows[0].sector", "Banking", "rows[0].headline", "Assistants", "rows[0].portrait",
								"Banks.")),
				Arguments.of("pay", "SELECT min(id) FROM day_rate", List.of("rows[0].kind", "DAY_RATE",
						"rows[0].median", "600", "rows[0].source", "Survey", "rows[0].year", "2026")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("foreignRows")
	void aRowOfAnotherGuideIsRefusedAndNothingIsWritten(String part, String foreignId, List<String> params)
			throws Exception {
		long id = this.jdbc.queryForObject(foreignId, Long.class);
		List<String> withId = Stream.concat(Stream.of("rows[0].id", String.valueOf(id)), params.stream()).toList();
		String html = this.mvc.perform(part(this.draft, part, withId))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Jsoup.parse(html).select(".error-summary").text())
			.contains("A row did not belong to this guide: reload the page and try again.");
		assertThat(this.jdbc.queryForObject("SELECT version FROM role WHERE id = ?", Integer.class, this.draft))
			.as("nothing saved")
			.isZero();
	}

	private MockHttpServletRequestBuilder part(long id, String part, List<String> params) {
		MockHttpServletRequestBuilder request = post("/admin/guides/" + id + "/" + part).with(csrf())
			.session(this.admin)
			.param("version", String
				.valueOf(this.jdbc.queryForObject("SELECT version FROM role WHERE id = ?", Integer.class, id)));
		for (int i = 0; i < params.size(); i += 2) {
			request.param(params.get(i), params.get(i + 1));
		}
		return request;
	}

}
