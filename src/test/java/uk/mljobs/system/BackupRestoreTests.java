package uk.mljobs.system;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.MlJobsApplication;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestDatabase;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The backup procedure in the README works: a custom-format pg_dump of the database,
 * restored with pg_restore into a fresh database, runs the application with the same data
 * in every table and serves the same pages.
 */
@IntegrationTest
class BackupRestoreTests {

	private static final File PG_DUMP = new File(System.getenv().getOrDefault("PG_DUMP", "/usr/bin/pg_dump"));

	private static final File PG_RESTORE = new File(System.getenv().getOrDefault("PG_RESTORE", "/usr/bin/pg_restore"));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private HikariDataSource dataSource;

	@Test
	void aDumpRestoredIntoAFreshDatabaseServesTheSameData(@TempDir Path work) throws Exception {
		assumeTrue(PG_DUMP.canExecute() && PG_RESTORE.canExecute(), "pg_dump or pg_restore is missing at " + PG_DUMP
				+ " / " + PG_RESTORE + ": install postgresql-client, or set PG_DUMP and PG_RESTORE");
		int serverMajor = this.jdbc.queryForObject("SHOW server_version_num", Integer.class) / 10_000;
		int clientMajor = Integer
			.parseInt(run(List.of(PG_DUMP.getPath(), "--version")).replaceAll("\\D*(\\d+).*", "$1").trim());
		assumeTrue(clientMajor >= serverMajor, "pg_dump " + clientMajor + " cannot dump PostgreSQL " + serverMajor);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		long posting = TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc),
				TestPostings.validForm());
		String page = "/jobs/" + posting + "/senior-mlops-engineer";
		Map<String, String> original = fingerprints(this.jdbc);

		URI server = URI.create(this.dataSource.getJdbcUrl().substring("jdbc:".length()));
		String database = server.getPath().substring(1);
		List<String> connection = List.of("--host=" + server.getHost(), "--port=" + server.getPort(),
				"--username=" + this.dataSource.getUsername());
		Path dump = work.resolve("mljobs.dump");
		run(with(List.of(PG_DUMP.getPath(), "--format=custom", "--file=" + dump, "--dbname=" + database), connection));

		// Read after the dump: showing a posting counts a view.
		String originalPage = this.mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
		String copy = TestDatabase.throwawayName("mljobs_restored");
		this.jdbc.execute("CREATE DATABASE \"" + copy + "\"");
		try {
			run(with(
					List.of(PG_RESTORE.getPath(), "--no-owner", "--exit-on-error", "--dbname=" + copy, dump.toString()),
					connection));
			try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(MlJobsApplication.class)
				.profiles("test")
				.run("--spring.datasource.url=jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/"
						+ copy, "--spring.datasource.username=" + this.dataSource.getUsername(),
						"--spring.datasource.password=" + this.dataSource.getPassword(),
						"--mljobs.create-database=false", "--server.port=0")) {
				assertThat(fingerprints(restored.getBean(JdbcTemplate.class))).as("rows and checksums of every table")
					.isEqualTo(original);
				int port = restored.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
				HttpResponse<String> served = HttpClient.newHttpClient()
					.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + page)).build(),
							HttpResponse.BodyHandlers.ofString());
				assertThat(served.statusCode()).isEqualTo(200);
				assertThat(served.body()).contains("Senior MLOps Engineer").isEqualTo(originalPage);
			}
		}
		finally {
			TestDatabase.drop(copy);
		}
	}

	/** Each table's row count and a checksum of its rows, by table name. */
	private static Map<String, String> fingerprints(JdbcTemplate jdbc) {
		Map<String, String> fingerprints = new TreeMap<>();
		for (String table : jdbc.queryForList(
				"SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
				String.class)) {
			fingerprints.put(table,
					jdbc.queryForObject("SELECT count(*) || ' rows, md5 ' || "
							+ "md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM \"" + table + "\" t",
							String.class));
		}
		return fingerprints;
	}

	private List<String> with(List<String> command, List<String> connection) {
		List<String> all = new ArrayList<>(command);
		all.addAll(1, connection);
		return all;
	}

	private String run(List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().put("PGPASSWORD", this.dataSource.getPassword());
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished in time", command.get(0)).isTrue();
		assertThat(process.exitValue()).as("%s: %s", command.get(0), output).isZero();
		return output;
	}

}
