package uk.mljobs.support;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * For tests whose data must not reach the database the other tests share (or whose
 * answers other tests' data would change): a container of its own, or a throwaway
 * database of its own on the local server, dropped when the run ends. Extend it as a
 * nested {@code @TestConfiguration} and {@code @Import} that.
 */
public abstract class OwnDatabase {

	private final String name = TestDatabase.throwawayName(prefix());

	/** The start of the throwaway database's name, such as {@code mljobs_demo}. */
	protected abstract String prefix();

	@Bean
	MockMvcSessions mockMvcSessions() {
		return new MockMvcSessions();
	}

	@Bean
	@ServiceConnection
	@Conditional(TestcontainersConfiguration.DockerAvailable.class)
	PostgreSQLContainer ownPostgres() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean
	@Conditional(TestcontainersConfiguration.DockerUnavailable.class)
	DynamicPropertyRegistrar ownDatabase() {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDatabase.drop(this.name)));
		return (registry) -> {
			registry.add("spring.datasource.url", () -> TestDatabase.LOCAL_SERVER + this.name);
			registry.add("spring.datasource.username", () -> TestDatabase.USERNAME);
			registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
		};
	}

}
