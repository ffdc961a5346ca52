package uk.mljobs.system;

import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import uk.mljobs.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

class DatabasePreparationTests {

	@Test
	void createsTheDatabaseWhenItIsMissing() throws Exception {
		assumeFalse(TestDatabase.useDocker(), "needs the local PostgreSQL server");
		String name = TestDatabase.throwawayName("mljobs_prepare");
		String url = TestDatabase.LOCAL_SERVER + name;
		try {
			new DatabasePreparation(true).prepare(url, TestDatabase.USERNAME, TestDatabase.PASSWORD);
			try (Connection connection = DriverManager.getConnection(url, TestDatabase.USERNAME,
					TestDatabase.PASSWORD)) {
				assertThat(connection.isValid(2)).isTrue();
			}
			// a second start finds it and leaves it alone
			new DatabasePreparation(true).prepare(url, TestDatabase.USERNAME, TestDatabase.PASSWORD);
		}
		finally {
			TestDatabase.drop(name);
		}
	}

	@Test
	void refusesToCreateWhenTurnedOff() {
		assumeFalse(TestDatabase.useDocker(), "needs the local PostgreSQL server");
		String url = TestDatabase.LOCAL_SERVER + TestDatabase.throwawayName("mljobs_never");
		assertThatExceptionOfType(DatabaseUnavailableException.class).isThrownBy(
				() -> new DatabasePreparation(false).prepare(url, TestDatabase.USERNAME, TestDatabase.PASSWORD));
	}

	@Test
	void unreachableServerStopsStartUpWithOneClearReport() {
		String url = "jdbc:postgresql://127.0.0.1:1/mljobs";
		DatabaseUnavailableException failure = org.junit.jupiter.api.Assertions.assertThrows(
				DatabaseUnavailableException.class,
				() -> new DatabasePreparation(true).prepare(url, "postgres", "postgres"));
		FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).startsWith("PostgreSQL is not reachable at " + url);
		assertThat(analysis.getAction()).contains("Start PostgreSQL on localhost:5432")
			.contains("docker compose up -d db")
			.contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void reportsTheUrlWithoutParametersThatMayHoldAPassword() {
		String url = "jdbc:postgresql://127.0.0.1:1/mljobs?user=app&password=hunter2-secret";
		DatabaseUnavailableException failure = org.junit.jupiter.api.Assertions.assertThrows(
				DatabaseUnavailableException.class, () -> new DatabasePreparation(true).prepare(url, null, null));
		FailureAnalysis analysis = new DatabaseUnavailableFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription())
			.startsWith("PostgreSQL is not reachable at jdbc:postgresql://127.0.0.1:1/mljobs?…")
			.doesNotContain("hunter2");
		assertThat(failure.getMessage()).doesNotContain("hunter2");
	}

	@Test
	void parsesPostgresUrls() {
		PostgresUrl parsed = PostgresUrl.parse("jdbc:postgresql://db:5432/mljobs?sslmode=disable");
		assertThat(parsed.database()).isEqualTo("mljobs");
		assertThat(parsed.maintenanceUrl()).isEqualTo("jdbc:postgresql://db:5432/postgres?sslmode=disable");
		assertThat(parsed.creatable()).isTrue();
		assertThat(PostgresUrl.parse("jdbc:postgresql://db/x\";DROP").creatable()).isFalse();
		assertThat(PostgresUrl.parse("jdbc:h2:mem:x")).isNull();
	}

}
