package uk.mljobs.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SystemConfiguration {

	/** Static: a BeanPostProcessor must exist before the beans it looks at. */
	@Bean
	static DatabasePreparation databasePreparation(Environment environment) {
		return new DatabasePreparation(environment.getProperty("mljobs.create-database", Boolean.class, true));
	}

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
