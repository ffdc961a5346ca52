package uk.mljobs.job;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI description at {@code /api/docs/openapi.json}: its title and version,
 * the search's parameters ({@link ApiSearchParameters}), and the errors every operation
 * may answer, each RFC 9457 problem+json with an example. Operations name the errors they
 * give by reference ({@link #BAD_REQUEST} ...), so each is described once.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BAD_REQUEST = "#/components/responses/BadRequest";

	static final String NOT_FOUND = "#/components/responses/NotFound";

	static final String UNAVAILABLE = "#/components/responses/Unavailable";

	@Bean
	OpenAPI mlJobsApi() {
		Components components = new Components();
		// The problem's schema as the rest of the document's: read from its record, for
		// the document's OpenAPI version.
		ModelConverters.getInstance(true).read(Problem.class).forEach(components::addSchemas);
		components.addResponses("BadRequest", problem(
				"A parameter has a value the API does not know, is out of range, or is not a number where one is "
						+ "needed. The detail says which and what is allowed.",
				example(400, "Bad Request", "'atlantis' is not a known region. Use one of: london, rest-of-uk.",
						"/api/v1/jobs")));
		components.addResponses("NotFound", problem("No such posting, or no such path.",
				example(404, "Not Found", "No job called '999999999'.", "/api/v1/jobs/999999999")));
		components.addResponses("Unavailable", problem(
				"The service is starting, or its database cannot be reached: try again after Retry-After seconds.",
				example(503, "Service Unavailable", null, "/api/v1/jobs"))
			.addHeaderObject("Retry-After",
					new Header().description("Seconds to wait before trying again").schema(new IntegerSchema())));
		return new OpenAPI()
			.info(new Info().title("MLJobs UK API")
				.version("v1")
				.description("Read-only access to live UK machine learning jobs and curated salary bands. "
						+ "Search parameters match /jobs. Errors are RFC 9457 problem+json.")
				.license(new License().name("Open source")))
			.components(components);
	}

	/** The search's parameters on the search, typed from the enums the search reads. */
	@Bean
	OpenApiCustomizer searchParameters() {
		return (api) -> api.getPaths()
			.get(JobApiController.JOBS)
			.getGet()
			.setParameters(new java.util.ArrayList<>(ApiSearchParameters.all()));
	}

	private static ApiResponse problem(String description, Map<String, Object> example) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json",
					new MediaType().schema(new io.swagger.v3.oas.models.media.Schema<>().$ref("Problem"))
						.addExamples(String.valueOf(example.get("status")),
								new Example().summary(String.valueOf(example.get("title"))).value(example))));
	}

	private static Map<String, Object> example(int status, String title, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status);
		if (detail != null) {
			problem.put("detail", detail);
		}
		problem.put("instance", instance);
		return problem;
	}

	/**
	 * An error as the API answers it (RFC 9457 problem details).
	 *
	 * @param type always {@code about:blank}: the status says what kind of error it is
	 * @param title the status's reason phrase
	 * @param status the HTTP status
	 * @param detail what was wrong and how to put it right, when there is more to say
	 * @param instance the path asked for
	 */
	@Schema(name = "Problem", description = "An error, as RFC 9457 problem details",
			requiredProperties = { "type", "title", "status", "instance" })
	record Problem(@Schema(example = "about:blank") String type, @Schema(example = "Bad Request") String title,
			@Schema(example = "400") int status,
			@Schema(example = "'atlantis' is not a known region. Use one of: london, rest-of-uk.") String detail,
			@Schema(example = "/api/v1/jobs") String instance) {
	}

}
