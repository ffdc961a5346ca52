package uk.mljobs.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

import uk.mljobs.system.EmbeddedDatabase;

/**
 * Decides, once per test JVM, where the tests' PostgreSQL comes from, in this order: a
 * Testcontainers container when a Docker engine answers; otherwise a throwaway database
 * on the local server (created by the application's own start-up, dropped when the JVM
 * exits); and when no server answers there either, on an embedded PostgreSQL started for
 * the run. Set {@code MLJOBS_TEST_DATABASE=local}, {@code docker} or {@code embedded} to
 * force one.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static final boolean DOCKER = decide();

	public static final String LOCAL_SERVER = localServer();

	public static final String USERNAME = env("MLJOBS_TEST_POSTGRES_USER", "postgres");

	public static final String PASSWORD = env("MLJOBS_TEST_POSTGRES_PASSWORD", "postgres");

	private static String localName;

	private TestDatabase() {
	}

	public static boolean useDocker() {
		return DOCKER;
	}

	/** The throwaway local database of this test run; named once, dropped at JVM exit. */
	public static synchronized String localUrl() {
		if (localName == null) {
			localName = throwawayName("mljobs_test");
			// Made here rather than left to the application's start-up, so that slices
			// (repository tests) that start no more than JPA find it too.
			create(localName);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(localName), "drop-test-database"));
			log.info("Tests use a throwaway database '{}' on the local server {}", localName, LOCAL_SERVER);
		}
		return LOCAL_SERVER + localName;
	}

	/** A database name no other run will pick: prefix, time, process id. */
	public static String throwawayName(String prefix) {
		return prefix + "_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ ProcessHandle.current().pid() + "_" + (System.nanoTime() % 100_000);
	}

	private static void create(String database) {
		try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", USERNAME, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE \"" + database + "\"");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + database, ex);
		}
	}

	public static void drop(String database) {
		try (Connection connection = DriverManager.getConnection(LOCAL_SERVER + "postgres", USERNAME, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
		}
		catch (SQLException ex) {
			log.warn("Could not drop test database {}: {}", database, ex.getMessage());
		}
	}

	private static boolean decide() {
		String forced = System.getenv("MLJOBS_TEST_DATABASE");
		if ("local".equalsIgnoreCase(forced) || "docker".equalsIgnoreCase(forced)
				|| "embedded".equalsIgnoreCase(forced)) {
			log.info("Test database: {} (forced by MLJOBS_TEST_DATABASE)", forced.toLowerCase());
			return "docker".equalsIgnoreCase(forced);
		}
		boolean docker;
		try {
			docker = DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			docker = false;
		}
		log.info("Test database: {}", docker ? "Testcontainers PostgreSQL (a Docker engine answered)"
				: "a local PostgreSQL server (no Docker engine found)");
		return docker;
	}

	/**
	 * The local server's address: as configured, else localhost:5432 when it answers (or
	 * Docker will be used), else an embedded PostgreSQL started now, gone with the JVM.
	 */
	private static String localServer() {
		String configured = env("MLJOBS_TEST_POSTGRES", null);
		if (configured != null) {
			return configured;
		}
		boolean embedded = "embedded".equalsIgnoreCase(System.getenv("MLJOBS_TEST_DATABASE"));
		if (!embedded && (DOCKER || EmbeddedDatabase.answers("localhost", 5432))) {
			return "jdbc:postgresql://localhost:5432/";
		}
		try {
			// A throwaway data directory, removed when the server stops (unlike the app's
			// own).
			io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres = io.zonky.test.db.postgres.embedded.EmbeddedPostgres
				.builder()
				.setPGStartupWait(java.time.Duration.ofSeconds(60))
				.start();
			log.info("Tests use an embedded PostgreSQL on port {} ({})", postgres.getPort(), embedded
					? "forced by MLJOBS_TEST_DATABASE" : "no Docker engine, and nothing answers at localhost:5432");
			return "jdbc:postgresql://localhost:" + postgres.getPort() + "/";
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException("No PostgreSQL for the tests: none answers at localhost:5432, "
					+ "no Docker engine, and an embedded one did not start", ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
