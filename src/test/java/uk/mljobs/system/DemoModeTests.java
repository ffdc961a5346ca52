package uk.mljobs.system;

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
