package uk.mljobs.job;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's title and version in its OpenAPI description at {@code /api/docs}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI mlJobsApi() {
		return new OpenAPI().info(new Info().title("MLJobs UK API")
			.version("v1")
			.description("Read-only access to live UK machine learning jobs and curated salary bands. "
					+ "Search parameters match /jobs. Errors are RFC 9457 problem+json.")
			.license(new License().name("Open source")));
	}

}
