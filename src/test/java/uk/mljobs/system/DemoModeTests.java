package uk.mljobs.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.MlJobsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Demo mode on a database of its own: the demo accounts, about 150 labelled sample
 * postings, the banner; and the prod profile refusing to start with demo data.
 */
@SpringBootTest(properties = "mljobs.demo.enabled=true")
@AutoConfigureMockMvc
@Import(DemoModeTests.OwnDatabase.class)
@ActiveProfiles("test")
class DemoModeTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void loadsDemoAccountsAndLabelledSamplePostings() throws Exception {
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE sample", Integer.class)).isEqualTo(150);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE NOT sample", Integer.class)).isZero();
		assertThat(this.jdbc.queryForList("SELECT email FROM account WHERE demo ORDER BY email", String.class))
			.containsExactly("admin@demo.mljobs.uk", "alex@demo.mljobs.uk", "priya@demo.mljobs.uk");
		assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT company_id) FROM posting WHERE status = 'PUBLISHED'",
				Integer.class))
			.isGreaterThanOrEqualTo(8);
		assertThat(this.jdbc.queryForObject("SELECT count(DISTINCT role_id) FROM posting", Integer.class)).isEqualTo(2);
		Map<String, Object> live = this.jdbc.queryForMap(
				"SELECT id, title FROM posting WHERE status = 'PUBLISHED' ORDER BY published_at DESC, id DESC LIMIT 1");
		this.mvc.perform(get("/jobs"))
			.andExpect(content().string(allOf(containsString("Demo mode"), containsString("tag-sample"),
					containsString(live.get("title").toString()))));
		this.mvc.perform(get("/jobs/" + live.get("id")))
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).isNotNull());
	}

	@Test
	void samplePayRisesWithLevelInEveryRoleAndRegionAndSitsNearThePublishedFigures() {
		List<Map<String, Object>> cells = this.jdbc.queryForList("""
				SELECT r.slug AS role, g.slug AS region, l.position, count(*) AS n,
				  percentile_cont(0.5) WITHIN GROUP (ORDER BY (p.pay_min_gbp + p.pay_max_gbp) / 2.0) AS median,
				  b.min_gbp AS band_min, b.max_gbp AS band_max
				FROM posting p JOIN role r ON r.id = p.role_id JOIN level l ON l.id = p.level_id
				JOIN region g ON g.id = p.region_id
				LEFT JOIN salary_band b ON b.role_id = p.role_id AND b.level_id = p.level_id
				  AND b.region_id = p.region_id AND b.retired_at IS NULL
				WHERE p.sample AND p.pay_unit = 'YEAR'
				GROUP BY r.slug, g.slug, l.position, b.min_gbp, b.max_gbp ORDER BY 1, 2, 3""");
		assertThat(cells).hasSizeGreaterThanOrEqualTo(12);
		Map<String, Double> previous = new java.util.HashMap<>();
		for (Map<String, Object> cell : cells) {
			String where = cell.get("role") + " in " + cell.get("region");
			double median = ((Number) cell.get("median")).doubleValue();
			Double below = previous.put(where, median);
			if (below != null) {
				assertThat(median).as("%s, level %s, over the level below", where, cell.get("position"))
					.isGreaterThan(below);
			}
			if (cell.get("band_min") != null) {
				assertThat(median).as("%s, level %s, inside its band", where, cell.get("position"))
					.isBetween(((Number) cell.get("band_min")).doubleValue(),
							((Number) cell.get("band_max")).doubleValue());
			}
		}
		// Without bands, the ML Engineer's medians stay near its published figures: the
		// typical UK range £50,000-£105,000, with London higher.
		assertThat(cells).filteredOn((cell) -> "machine-learning-engineer".equals(cell.get("role")))
			.allSatisfy(
					(cell) -> assertThat(((Number) cell.get("median")).doubleValue()).isBetween(45_000.0, 130_000.0));
		// Contract day rates near the published ones (£500-£850, £500-£900, London about
		// £750).
		assertThat(this.jdbc.queryForList(
				"SELECT (pay_min_gbp + pay_max_gbp) / 2 FROM posting WHERE sample AND pay_unit = 'DAY'", Integer.class))
			.isNotEmpty()
			.allSatisfy((rate) -> assertThat(rate).isBetween(450, 1_000));
	}

	@Test
	void sampleSkillsFollowTheGuidesNonNegotiableToolsInMostAds() {
		List<Map<String, Object>> shares = this.jdbc.queryForList("""
				SELECT r.slug AS role, t.slug AS tool,
				  avg(CASE WHEN t.slug = ANY (p.skills) THEN 1.0 ELSE 0.0 END) AS share
				FROM tool_category c JOIN stack_tool st ON st.category_id = c.id JOIN tool t ON t.id = st.tool_id
				JOIN role r ON r.id = c.role_id JOIN posting p ON p.role_id = r.id AND p.sample
				WHERE c.non_negotiable GROUP BY r.slug, t.slug""");
		assertThat(shares).as("the MLOps guide calls container orchestration non-negotiable").isNotEmpty();
		assertThat(shares).allSatisfy((row) -> assertThat(((Number) row.get("share")).doubleValue())
			.as("%s in %s ads", row.get("tool"), row.get("role"))
			.isGreaterThanOrEqualTo(0.6));
		// The ML Engineer's essential skills lead its ads too.
		double python = this.jdbc.queryForObject("""
				SELECT avg(CASE WHEN 'python' = ANY (p.skills) THEN 1.0 ELSE 0.0 END) FROM posting p
				JOIN role r ON r.id = p.role_id WHERE p.sample AND r.slug = 'machine-learning-engineer'""",
				Double.class);
		assertThat(python).isGreaterThanOrEqualTo(0.6);
	}

	@Test
	void theProdProfileRefusesToStartWhileDemoAccountsCanSignIn() {
		SpringApplication app = new SpringApplication(MlJobsApplication.class);
		assertThatThrownBy(() -> app.run("--spring.profiles.active=prod", "--server.port=0",
				"--spring.datasource.url=" + this.jdbc.getDataSource().getConnection().getMetaData().getURL(),
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"))
			.hasMessage("Demo accounts can still sign in under the prod profile. "
					+ "Delete them: DELETE FROM account WHERE demo;");
		assertThatThrownBy(
				() -> app.run("--spring.profiles.active=prod", "--mljobs.demo.enabled=true", "--server.port=0",
						"--spring.datasource.url=" + this.jdbc.getDataSource().getConnection().getMetaData().getURL(),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres"))
			.hasMessage("Demo mode is on under the prod profile. Set MLJOBS_DEMO_ENABLED=false (the prod default).");
	}

	/** Demo data must not reach the database the other tests share. */
	@TestConfiguration(proxyBeanMethods = false)
	static class OwnDatabase extends uk.mljobs.support.OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_demo";
		}

	}

}
