package uk.mljobs.roleguide;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.OwnDatabase;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The skills check against ten live MLOps postings of its own database: four ask for
 * Kubernetes and MLflow, three for Kubernetes alone, three for Terraform.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ SkillsCheckTests.Database.class, TestClock.Configuration.class })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SkillsCheckTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	void postings() {
		insert(4, "{kubernetes,mlflow}");
		insert(3, "{kubernetes}");
		insert(3, "{terraform}");
	}

	@Test
	void coverageCountsEachAskedForSkillTheReaderHas() throws Exception {
		// Mentions: Kubernetes 7, MLflow 4, Terraform 3 = 14; Kubernetes covers 7 of 14.
		String page = text("/roles/mlops-engineer/skills-check?skill=kubernetes");
		assertThat(page).contains("Your skills cover 50% of what employers ask for")
			.contains("Counted over 10 live MLOps Engineer postings")
			.contains(
					"What to learn next Ranked by how often postings ask for the skill and, where enough of them state a "
							+ "salary, how much more they pay. MLflow: asked for by 40% of postings (4) Terraform: asked "
							+ "for by 30% of postings (3)")
			.contains("7 live jobs ask for Kubernetes");
		assertThat(text("/roles/mlops-engineer/skills-check?skill=kubernetes&skill=mlflow&skill=terraform"))
			.contains("Your skills cover 100% of what employers ask for");
	}

	@Test
	void theChecklistComesFromTheGuideAndLinksToTheJobs() throws Exception {
		this.mvc.perform(get("/roles/mlops-engineer/skills-check").param("skill", "kubernetes"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"skill\"")))
			.andExpect(content().string(containsString("href=\"/jobs?role=mlops-engineer&amp;skill=kubernetes\"")));
		// Without ticks: the form and the demand table, no verdict.
		assertThat(text("/roles/mlops-engineer/skills-check")).contains("Demand for each skill, biggest gaps first")
			.doesNotContain("Your skills cover");
	}

	@Test
	void unknownSkillsAndRolesAreRefused() throws Exception {
		this.mvc.perform(get("/roles/mlops-engineer/skills-check").param("skill", "juggling"))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/roles/astronaut/skills-check")).andExpect(status().isNotFound());
	}

	@Test
	void theDemandTableDownloadsAsCsvWithTheTicksItWasGiven() throws Exception {
		String page = this.mvc.perform(get("/roles/mlops-engineer/skills-check").param("skill", "kubernetes"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String link = org.jsoup.Jsoup.parse(page).select("a[href*=skills-check.csv]").attr("href");
		assertThat(link).isEqualTo("/roles/mlops-engineer/skills-check.csv?skill=kubernetes");
		String csv = this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("skill,live_postings_asking,share_percent,you_have\r\n")
			.containsPattern("(?m)^Kubernetes,\\d+,\\d+,true\r\n")
			.containsPattern("(?m)^MLflow,\\d+,\\d+,false\r\n");
		this.mvc.perform(get("/roles/mlops-engineer/skills-check.csv").param("skill", "juggling"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theGuideAndTheSalariesPageShowEachSkillsShareRankAndPayWithTheSameFigures() throws Exception {
		// Kubernetes: 7 of 10, all at £60,000-£80,000 (median £70,000); the 3 without it
		// are too few for a premium; three months ago no posting was live.
		String row = "1 (no earlier figures) Kubernetes 70% (7) £70,000 (7) / too few (3) too few";
		assertThat(text("/roles/mlops-engineer")).contains("MLOps Engineer: skills and pay in live postings")
			.contains("From the 10 live postings for this role")
			.contains(row)
			.contains("2 (no earlier figures) MLflow 40% (4)");
		assertThat(text("/salaries?role=mlops-engineer")).contains(row);
		String csv = this.mvc.perform(get("/salaries/skills.csv").param("role", "mlops-engineer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(csv).startsWith("role,skill,rank,rank_3_months_ago,live_postings,postings_asking,share_pct,"
				+ "median_gbp_asking,postings_asking_with_salary,median_gbp_not_asking,postings_not_asking_with_salary,"
				+ "premium_pct\r\n")
			.contains("MLOps Engineer,Kubernetes,1,,10,7,70,70000,7,,3,\r\n")
			.contains("MLOps Engineer,Terraform,3,,10,3,30,,3,70000,7,\r\n");
	}

	private String text(String url) throws Exception {
		return PageText
			.of(this.mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private void insert(int count, String skills) {
		for (int i = 0; i < count; i++) {
			this.jdbc.update("""
					INSERT INTO posting (idempotency_key, company_id, title, role_id, level_id, region_id, town_id,
					  work_mode, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, description_md, description_html,
					  apply_url, closes_on, status, submitted_at, published_at, skills)
					SELECT gen_random_uuid(), (SELECT min(id) FROM company), 'Fixture', r.id, l.id, g.id,
					  (SELECT min(t.id) FROM town t WHERE t.region_id = g.id), 'HYBRID', 'PERMANENT_FULL_TIME', 'YEAR',
					  60000, 80000, 'A fixture posting for the skills check, long enough to pass the check.',
					  '<p>Fixture</p>', 'https://example.com/job', current_date + 30, 'PUBLISHED', now(), now(),
					  CAST(? AS text[])
					FROM role r JOIN level l ON l.role_id = r.id AND l.slug = 'senior', region g
					WHERE r.slug = 'mlops-engineer' AND g.slug = 'london'""", skills);
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Database extends OwnDatabase {

		@Override
		protected String prefix() {
			return "mljobs_skills";
		}

	}

}
