package uk.mljobs.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migrations build the schema from nothing, and the schema refuses rows that would
 * make the reference data wrong.
 */
@IntegrationTest
@Transactional
class MigrationTests {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private HikariDataSource dataSource;

	@Test
	void migrationsRunOnAnEmptyDatabaseAndValidate() throws Exception {
		String server = this.dataSource.getJdbcUrl().replaceFirst("/[^/?]+(\\?.*)?$", "/");
		String name = TestDatabase.throwawayName("mljobs_migrate");
		try (Connection connection = DriverManager.getConnection(server + "postgres", this.dataSource.getUsername(),
				this.dataSource.getPassword()); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + name + "\"");
		}
		try {
			Flyway flyway = Flyway.configure()
				.dataSource(server + name, this.dataSource.getUsername(), this.dataSource.getPassword())
				.load();
			MigrateResult result = flyway.migrate();
			assertThat(result.success).isTrue();
			assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(9);
			flyway.validate();
			assertThat(flyway.migrate().migrationsExecuted).as("a second run has nothing to do").isZero();
		}
		finally {
			try (Connection connection = DriverManager.getConnection(server + "postgres", this.dataSource.getUsername(),
					this.dataSource.getPassword()); Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
			}
		}
	}

	@Test
	void seededDatabaseHasTheExpectedShape() {
		assertThat(this.jdbc.queryForList("SELECT slug FROM role ORDER BY position", String.class))
			.containsExactly("mlops-engineer", "machine-learning-engineer");
		assertThat(this.jdbc.queryForList("SELECT slug FROM region ORDER BY position", String.class))
			.containsExactly("london", "rest-of-uk");
		assertThat(this.jdbc.queryForList(
				"SELECT l.slug FROM level l JOIN role r ON r.id = l.role_id WHERE r.slug = 'mlops-engineer' ORDER BY l.position",
				String.class))
			.containsExactly("junior", "mid", "senior", "principal");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM salary_band", Integer.class)).isEqualTo(8);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM company", Integer.class)).isEqualTo(11);
	}

	@Test
	void gapPointsAreDerivedAndCannotBeTypedIn() {
		assertThat(this.jdbc.queryForObject("SELECT bool_and(gap_points = demand_pct - supply_pct) FROM skill_gap",
				Boolean.class))
			.isTrue();
		assertThatExceptionOfType(BadSqlGrammarException.class)
			.isThrownBy(() -> this.jdbc.update("UPDATE skill_gap SET gap_points = 99"));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = {
			// a band whose minimum exceeds its maximum
			"UPDATE salary_band SET min_gbp = max_gbp + 1",
			// a band for a level of another role
			"""
					INSERT INTO salary_band (role_id, level_id, region_id, min_gbp, max_gbp, source, as_of_year)
					SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), l.id, g.id, 1000, 2000, 's', 2026
					FROM level l JOIN role r ON r.id = l.role_id, region g
					WHERE r.slug = 'mlops-engineer' AND l.slug = 'junior' AND g.slug = 'london'""",
			// a second band for the same level and region
			"INSERT INTO salary_band (role_id, level_id, region_id, min_gbp, max_gbp, source, as_of_year) "
					+ "SELECT role_id, level_id, region_id, min_gbp, max_gbp, source, as_of_year FROM salary_band LIMIT 1",
			// a percentage above 100
			"UPDATE skill_gap SET demand_pct = 101",
			// a negative percentage
			"UPDATE skill_gap SET supply_pct = -1",
			// a duplicate company slug
			"UPDATE company SET slug = 'monzo'",
			// a slug that is not URL-safe
			"UPDATE role SET slug = 'MLOps Engineer' WHERE slug = 'mlops-engineer'",
			// a UK town without a region
			"INSERT INTO town (slug, name, country) VALUES ('york', 'York', 'GB')",
			// a day rate with neither range nor median
			"INSERT INTO day_rate (role_id, source, as_of_year) SELECT id, 's', 2026 FROM role LIMIT 1",
			// a day-rate median outside its own range
			"UPDATE day_rate SET median_gbp = 5000 WHERE median_gbp IS NOT NULL AND min_gbp IS NOT NULL",
			// a career stage whose years run backwards
			"UPDATE career_stage SET years_max = 0 WHERE years_min IS NOT NULL",
			// a salary band without a source
			"UPDATE salary_band SET source = '  '",
			// a company in no sector
			"UPDATE company SET sector_id = NULL",
			// a fact of a kind the guide does not have
			"UPDATE role_fact SET kind = 'GOSSIP'",
			// a level whose experience range runs backwards
			"UPDATE level SET experience_max_years = 0 WHERE experience_max_years IS NOT NULL" })
	void constraintsRejectBadRows(String sql) {
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc.update(sql));
	}

}
