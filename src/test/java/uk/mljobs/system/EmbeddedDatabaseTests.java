package uk.mljobs.system;

import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.mljobs.MlJobsApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On a machine with Java only, the board starts on a PostgreSQL of its own: the whole
 * application, migrated, on an embedded server over a data directory of the test's, and
 * that server stops with the application.
 */
class EmbeddedDatabaseTests {

	@Test
	void theAppStartsOnAnEmbeddedPostgresWhenAskedAndStopsItWithItself() throws Exception {
		int nothing;
		try (ServerSocket socket = new ServerSocket(0)) {
			nothing = socket.getLocalPort();
		}
		assertThat(EmbeddedDatabase.answers("localhost", nothing)).isFalse();
		int port;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(MlJobsApplication.class)
			.properties("mljobs.database=embedded", "mljobs.database-dir=target/embedded-postgres-" + System.nanoTime(),
					"spring.datasource.url=jdbc:postgresql://localhost:" + nothing + "/mljobs", "server.port=0",
					"mljobs.demo.enabled=false",
					"mljobs.search.index-dir=target/search-index/embedded-" + System.nanoTime(), "mljobs.import.cron=-",
					"mljobs.alerts.cron=-", "mljobs.mail.cron=-")
			.run()) {
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			assertThat(jdbc.queryForObject("SHOW server_version", String.class)).startsWith("17.");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM role WHERE slug = 'mlops-engineer'", Integer.class))
				.isEqualTo(1);
			String url = app.getEnvironment().getProperty("spring.datasource.url");
			assertThat(url).doesNotContain(":" + nothing + "/");
			port = Integer.parseInt(url.replaceAll(".*localhost:(\\d+)/.*", "$1"));
			assertThat(EmbeddedDatabase.answers("localhost", port)).isTrue();
		}
		assertThat(EmbeddedDatabase.answers("localhost", port)).as("stopped with the application").isFalse();
	}

	@Test
	void anUnknownModeStopsTheStart() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(MlJobsApplication.class)
			.properties("mljobs.database=sometimes", "server.port=0")
			.run()).hasMessageContaining("MLJOBS_DATABASE is auto, server or embedded, not 'sometimes'");
	}

}
