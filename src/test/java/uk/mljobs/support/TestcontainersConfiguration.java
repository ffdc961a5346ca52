package uk.mljobs.support;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The one PostgreSQL every integration test shares: a container with
 * {@code @ServiceConnection} where Docker runs, the local server otherwise (see
 * {@link TestDatabase}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestcontainersConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer(DockerImageName.parse("postgres:17-alpine"));
	}

	@Bean
	@Conditional(DockerUnavailable.class)
	DynamicPropertyRegistrar localPostgres() {
		return (registry) -> {
			registry.add("spring.datasource.url", TestDatabase::localUrl);
			registry.add("spring.datasource.username", () -> TestDatabase.USERNAME);
			registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
		};
	}

	@Bean
	MockMvcSessions mockMvcSessions() {
		return new MockMvcSessions();
	}

	public static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.useDocker();
		}

	}

	public static class DockerUnavailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !TestDatabase.useDocker();
		}

	}

}
