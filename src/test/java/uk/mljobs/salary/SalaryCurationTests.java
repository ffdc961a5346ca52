package uk.mljobs.salary;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.AllAtOnce;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins curate the seeded MLOps Engineer, Senior, London band (£100,000–£150,000); each
 * test puts it back as it was, so the fact checklist still finds the published figures.
 */
@IntegrationTest
class SalaryCurationTests {

	private static final String BAND_SQL = """
			SELECT b.id FROM salary_band b
			JOIN role r ON r.id = b.role_id JOIN level l ON l.id = b.level_id JOIN region g ON g.id = b.region_id
			WHERE r.slug = 'mlops-engineer' AND l.slug = 'senior' AND g.slug = 'london' AND b.retired_at IS NULL""";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	private MockHttpSession admin;

	private long band;

	private Map<String, Object> original;

	private long lastChange;

	private long lastBand;

	@BeforeEach
	void remember() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
		this.band = this.jdbc.queryForObject(BAND_SQL, Long.class);
		this.original = this.jdbc.queryForMap(
				"SELECT min_gbp, max_gbp, open_ended, source, as_of_year, reviewed_at FROM salary_band WHERE id = ?",
				this.band);
		this.lastChange = this.jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM salary_band_change", Long.class);
		this.lastBand = this.jdbc.queryForObject("SELECT max(id) FROM salary_band", Long.class);
	}

	@AfterEach
	void restore() {
		this.jdbc.update("DELETE FROM salary_band_change WHERE id > ?", this.lastChange);
		this.jdbc.update("DELETE FROM salary_band WHERE id > ?", this.lastBand);
		this.jdbc.update("""
				UPDATE salary_band SET min_gbp = ?, max_gbp = ?, open_ended = ?, source = ?, as_of_year = ?,
				reviewed_at = ?, retired_at = NULL WHERE id = ?""", this.original.get("min_gbp"),
				this.original.get("max_gbp"), this.original.get("open_ended"), this.original.get("source"),
				this.original.get("as_of_year"), this.original.get("reviewed_at"), this.band);
	}

	@Test
	void anEditRecordsWhoWhenWhyAndEachChangedFieldAndThePublicTableShowsIt() throws Exception {
		this.mvc.perform(edit(this.band, version(), "105,000", "£155000", "Checked against this quarter's adverts"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/admin/salary-bands/" + this.band));

		assertThat(this.jdbc.queryForMap("SELECT min_gbp, max_gbp FROM salary_band WHERE id = ?", this.band))
			.containsEntry("min_gbp", 105_000)
			.containsEntry("max_gbp", 155_000);
		Map<String, Object> change = this.jdbc.queryForMap(
				"SELECT id, action, reason, changed_by_name FROM salary_band_change WHERE id > ?", this.lastChange);
		assertThat(change).containsEntry("action", "EDITED")
			.containsEntry("reason", "Checked against this quarter's adverts")
			.containsEntry("changed_by_name", "Site admin");
		assertThat(this.jdbc
			.queryForList("SELECT field || ': ' || before_value || ' -> ' || after_value FROM salary_band_change_field "
					+ "WHERE change_id = ? ORDER BY field DESC", String.class, change.get("id")))
			.containsExactly("min: 100000 -> 105000", "max: 150000 -> 155000");

		String today = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
			.format(this.clock.instant().atZone(ZoneId.of("Europe/London")));
		this.mvc.perform(get("/salaries").param("role", "mlops-engineer"))
			.andExpect(content().string(containsString("£105,000–£155,000")))
			.andExpect(content().string(containsString("reviewed " + today)));
		this.mvc.perform(get("/admin/salary-bands/" + this.band).session(this.admin))
			.andExpect(content().string(containsString("£100,000")))
			.andExpect(content().string(containsString("£105,000")))
			.andExpect(content().string(containsString("Checked against this quarter")));
		this.mvc.perform(get("/admin/salary-bands/changes").session(this.admin))
			.andExpect(content().string(containsString("Senior MLOps Engineer, London")));
	}

	@Test
	void theEditorShowsEveryGuidePassageQuotingTheBandAndWhichStillQuoteTheOldFigures() throws Exception {
		long role = this.jdbc.queryForObject("SELECT id FROM role WHERE slug = 'mlops-engineer'", Long.class);
		org.jsoup.nodes.Document before = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/admin/salary-bands/" + this.band).session(this.admin))
				.andReturn()
				.getResponse()
				.getContentAsString());
		// The FAQ's answer on pay and the career ladder quote £100,000-£150,000 in their
		// own words.
		assertThat(before.select(".guide-quotes li").eachText())
			.anySatisfy((quote) -> assertThat(quote).startsWith("Questions: ").contains("£100,000"))
			.anySatisfy((quote) -> assertThat(quote).startsWith("Career stages: ").contains("£100,000–£150,000"));
		assertThat(before.select(".guide-quotes a").eachAttr("href")).contains("/admin/guides/" + role + "/faq",
				"/admin/guides/" + role + "/stages");

		String next = this.mvc
			.perform(edit(this.band, version(), "105000", "150000", "Checked against this quarter's adverts"))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var flash = this.mvc.perform(edit(this.band, version(), "105000", "155000", "And the top")).andReturn();
		org.jsoup.nodes.Document after = org.jsoup.Jsoup
			.parse(this.mvc.perform(get(next).session(this.admin).flashAttrs(flash.getFlashMap()))
				.andReturn()
				.getResponse()
				.getContentAsString());
		// Only the figure that went (£150,000) is the old one now; £105,000 is the
		// band's.
		assertThat(after.select("#stale-heading").text()).isEqualTo("The guide still quotes £150,000");
		assertThat(after.select(".notice-warn li").eachText())
			.anySatisfy((quote) -> assertThat(quote).startsWith("Career stages: ").contains("£150,000"));
		assertThat(after.select(".notice-warn a").eachAttr("href")).contains("/admin/guides/" + role + "/stages");
	}

	@Test
	void savingUnchangedFiguresRecordsAReview() throws Exception {
		this.mvc.perform(edit(this.band, version(), "100000", "150000", "Still right")).andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("SELECT action FROM salary_band_change WHERE id > ?", String.class,
				this.lastChange))
			.isEqualTo("REVIEWED");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM salary_band_change_field f JOIN salary_band_change c ON c.id = f.change_id "
						+ "WHERE c.id > ?",
				Long.class, this.lastChange))
			.isZero();
	}

	@Test
	void anEditBasedOnAnOldVersionGetsAConflictPageWithBothSetsOfValues() throws Exception {
		int seen = version();
		this.mvc.perform(edit(this.band, seen, "110000", "160000", "First")).andExpect(status().isFound());
		this.mvc.perform(edit(this.band, seen, "120000", "170000", "Second, from an old form"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this band")))
			.andExpect(content().string(containsString("120000")))
			.andExpect(content().string(containsString("£110,000")))
			.andExpect(content().string(containsString("value=\"" + version() + "\"")));
		assertThat(this.jdbc.queryForObject("SELECT min_gbp FROM salary_band WHERE id = ?", Integer.class, this.band))
			.isEqualTo(110_000);
		assertThat(changesSince()).isEqualTo(1);
	}

	@Test
	void ofConcurrentEditsOfOneVersionExactlyOneWinsAndTheOthersGet409() throws Exception {
		int seen = version();
		List<Integer> results = AllAtOnce.run(6, (i) -> {
			int min = 101_000 + i * 1000;
			return () -> this.mvc.perform(edit(this.band, seen, String.valueOf(min), "150000", "Attempt " + min))
				.andReturn()
				.getResponse()
				.getStatus();
		});
		assertThat(results).containsOnly(302, 409).filteredOn((status) -> status == 302).hasSize(1);
		assertThat(changesSince()).isEqualTo(1);
		String winner = this.jdbc.queryForObject("SELECT reason FROM salary_band_change WHERE id > ?", String.class,
				this.lastChange);
		assertThat(winner).isEqualTo("Attempt "
				+ this.jdbc.queryForObject("SELECT min_gbp FROM salary_band WHERE id = ?", Integer.class, this.band));
	}

	@Test
	void badFiguresComeBackWithMessagesAndChangeNothing() throws Exception {
		this.mvc
			.perform(post("/admin/salary-bands/" + this.band).session(this.admin)
				.with(csrf())
				.param("version", String.valueOf(version()))
				.param("min", "lots")
				.param("max", "5000")
				.param("source", "")
				.param("asOfYear", "1999")
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the minimum as whole pounds")))
			.andExpect(content().string(containsString("Enter a maximum from £10,000 to £1,000,000 a year")))
			.andExpect(content().string(containsString("Say where the figures come from")))
			.andExpect(content().string(containsString("Enter the year the figures describe")))
			.andExpect(content().string(containsString("Say why")));
		this.mvc.perform(edit(this.band, version(), "160000", "150000", "Backwards"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The maximum must be at least the minimum")));
		assertThat(changesSince()).isZero();
		assertThat(this.jdbc.queryForObject("SELECT min_gbp FROM salary_band WHERE id = ?", Integer.class, this.band))
			.isEqualTo(100_000);
	}

	@Test
	void aRetiredBandLeavesThePublicTableAndItsCellCanTakeANewOne() throws Exception {
		this.mvc
			.perform(post("/admin/salary-bands/" + this.band + "/retire").session(this.admin)
				.with(csrf())
				.param("version", String.valueOf(version()))
				.param("reason", "Replaced by a new survey"))
			.andExpect(status().isFound());
		this.mvc.perform(get("/salaries").param("role", "mlops-engineer"))
			.andExpect(content().string(not(containsString("£100,000–£150,000"))));
		// Retired bands cannot be edited any more.
		this.mvc.perform(edit(this.band, version(), "100000", "150000", "Too late")).andExpect(status().isConflict());

		long level = this.jdbc.queryForObject("SELECT level_id FROM salary_band WHERE id = ?", Long.class, this.band);
		this.mvc.perform(create(level, "111000", "166000", "New survey"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", containsString("/admin/salary-bands/")));
		this.mvc.perform(get("/salaries").param("role", "mlops-engineer"))
			.andExpect(content().string(containsString("£111,000–£166,000")));
		this.mvc.perform(create(level, "90000", "99000", "A second live band for the same cell"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already has a live band in London")));
		assertThat(this.jdbc.queryForList("SELECT action FROM salary_band_change WHERE id > ? ORDER BY id",
				String.class, this.lastChange))
			.containsExactly("RETIRED", "CREATED");
	}

	private MockHttpServletRequestBuilder edit(long id, int version, String min, String max, String reason) {
		return post("/admin/salary-bands/" + id).session(this.admin)
			.with(csrf())
			.param("version", String.valueOf(version))
			.param("min", min)
			.param("max", max)
			.param("source", (String) this.original.get("source"))
			.param("asOfYear", String.valueOf(this.original.get("as_of_year")))
			.param("reason", reason);
	}

	private MockHttpServletRequestBuilder create(long level, String min, String max, String reason) {
		return post("/admin/salary-bands").session(this.admin)
			.with(csrf())
			.param("level", String.valueOf(level))
			.param("region", "london")
			.param("min", min)
			.param("max", max)
			.param("source", "Test survey")
			.param("asOfYear", "2026")
			.param("reason", reason);
	}

	private int version() {
		return this.jdbc.queryForObject("SELECT version FROM salary_band WHERE id = ?", Integer.class, this.band);
	}

	private long changesSince() {
		return this.jdbc.queryForObject("SELECT count(*) FROM salary_band_change WHERE id > ?", Long.class,
				this.lastChange);
	}

}
