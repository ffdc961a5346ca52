package uk.mljobs.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Prepares the database before anything uses the pool, as {@code rails db:prepare} does:
 * when the configured database does not exist it is created, so that Flyway can migrate
 * it; when PostgreSQL does not answer, start-up stops with one line that says how to fix
 * it.
 */
class DatabasePreparation implements BeanPostProcessor {

	static final String REMEDY = "Start PostgreSQL on localhost:5432, or run `docker compose up -d db`, or set "
			+ "MLJOBS_DATABASE=embedded for a PostgreSQL of the app's own; "
			+ "to use another server set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.";

	/** PostgreSQL's SQLSTATE for "database does not exist". */
	private static final String INVALID_CATALOG_NAME = "3D000";

	private static final Logger log = LoggerFactory.getLogger(DatabasePreparation.class);

	private final boolean createDatabase;

	DatabasePreparation(boolean createDatabase) {
		this.createDatabase = createDatabase;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
				&& hikari.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			prepare(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
		}
		return bean;
	}

	void prepare(String url, String username, String password) {
		try (Connection ignored = connect(url, username, password)) {
			return;
		}
		catch (SQLException ex) {
			if (!INVALID_CATALOG_NAME.equals(ex.getSQLState())) {
				log.error("PostgreSQL is not reachable at {} ({}). {}", withoutParameters(url), ex.getMessage(),
						REMEDY);
				throw new DatabaseUnavailableException(withoutParameters(url), ex);
			}
		}
		createMissingDatabase(url, username, password);
	}

	private void createMissingDatabase(String url, String username, String password) {
		PostgresUrl parsed = PostgresUrl.parse(url);
		if (!this.createDatabase || parsed == null || !parsed.creatable()) {
			throw new DatabaseUnavailableException(withoutParameters(url),
					new SQLException("the database does not exist and start-up may not create it"));
		}
		try (Connection connection = connect(parsed.maintenanceUrl(), username, password);
				Statement statement = connection.createStatement()) {
			// The name matched a plain-identifier pattern above, so quoting it is enough.
			statement.execute("CREATE DATABASE \"" + parsed.database() + "\"");
			log.info("Created database '{}' at {}", parsed.database(), parsed.prefix());
		}
		catch (SQLException ex) {
			log.error("Could not create database '{}' at {} ({}). {}", parsed.database(), withoutParameters(url),
					ex.getMessage(), REMEDY);
			throw new DatabaseUnavailableException(withoutParameters(url), ex);
		}
	}

	/** The URL as logs may show it: its parameters can hold a password. */
	static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query) + "?…";
	}

	private static Connection connect(String url, String username, String password) throws SQLException {
		Properties properties = new Properties();
		if (username != null) {
			properties.setProperty("user", username);
		}
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection(url, properties);
	}

}
