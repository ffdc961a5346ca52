package uk.mljobs.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The API's OpenAPI description is valid under the official OpenAPI 3.1 JSON Schema (run
 * here, offline), types and exemplifies every parameter, and documents every answer the
 * API really gives, errors as problem+json.
 */
@IntegrationTest
class OpenApiValidityTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The OpenAPI Initiative's schema for 3.1 documents, Schema Objects included. */
	private static final Schema OPENAPI_31 = SchemaRegistry
		.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
				(registry) -> registry.schemaIdResolvers(
						(ids) -> ids.mapPrefix("https://spec.openapis.org/oas/3.1", "classpath:oas/3.1")))
		.getSchema(SchemaLocation.of("https://spec.openapis.org/oas/3.1/schema-base/2022-10-07"));

	@Autowired
	private MockMvc mvc;

	private JsonNode description;

	@BeforeEach
	void readTheDescription() throws Exception {
		this.description = JSON
			.readTree(this.mvc.perform(get("/api/docs/openapi.json")).andReturn().getResponse().getContentAsString());
	}

	@Test
	void theDescriptionIsValidOpenApi() {
		assertThat(this.description.get("openapi").asString()).startsWith("3.1.");
		List<Error> errors = OPENAPI_31.validate(this.description);
		assertThat(errors).as("%s", errors).isEmpty();
	}

	@Test
	void theValidatorCatchesAParameterWithoutASchema() {
		ObjectNode broken = (ObjectNode) this.description.deepCopy();
		((ObjectNode) broken.at("/paths/~1api~1v1~1jobs/get/parameters/0")).remove("schema");
		assertThat(OPENAPI_31.validate(broken)).isNotEmpty();
	}

	@Test
	void everyParameterIsTypedAndHasAnExample() {
		List<String> untyped = new ArrayList<>();
		for (JsonNode parameter : parameters()) {
			if (!parameter.has("schema") || !parameter.get("schema").has("type")
					|| !(parameter.has("example") || parameter.has("examples"))) {
				untyped.add(parameter.get("name").asString());
			}
		}
		assertThat(untyped).isEmpty();
		List<String> search = new ArrayList<>();
		this.description.at("/paths/~1api~1v1~1jobs/get/parameters")
			.forEach((p) -> search.add(p.get("name").asString()));
		List<String> accepted = new ArrayList<>(SearchCriteria.NAMES);
		accepted.add("size");
		assertThat(search).as("every parameter the search reads, and no other")
			.containsExactlyInAnyOrderElementsOf(accepted);
	}

	@Test
	void everyAnswerTheApiGivesIsDocumented() throws Exception {
		// path as documented, request made, status it gives
		List<String[]> answers = List.of(new String[] { "/api/v1/jobs", "/api/v1/jobs?q=python", "200" },
				new String[] { "/api/v1/jobs", "/api/v1/jobs?region=atlantis", "400" },
				new String[] { "/api/v1/jobs", "/api/v1/jobs?size=101", "400" },
				new String[] { "/api/v1/jobs/{id}", "/api/v1/jobs/999999999", "404" },
				new String[] { "/api/v1/jobs/{id}", "/api/v1/jobs/not-a-number", "400" },
				new String[] { "/api/v1/salary-bands", "/api/v1/salary-bands", "200" },
				new String[] { "/api/v1/suggest", "/api/v1/suggest?q=kube", "200" },
				new String[] { "/api/v1/suggest", "/api/v1/suggest", "400" });
		for (String[] answer : answers) {
			MockHttpServletResponse response = this.mvc.perform(get(answer[1])).andReturn().getResponse();
			assertThat(response.getStatus()).as(answer[1]).isEqualTo(Integer.parseInt(answer[2]));
			JsonNode documented = response(answer[0], answer[2]);
			String type = response.getContentType().replaceAll(";.*", "");
			assertThat(documented.path("content").has(type)).as(answer[1] + " answers " + type).isTrue();
			if (!answer[2].equals("200")) {
				assertThat(type).isEqualTo("application/problem+json");
				assertThat(documented.at("/content/application~1problem+json/schema/$ref").asString())
					.isEqualTo("#/components/schemas/Problem");
				assertThat(documented.at("/content/application~1problem+json/examples")).isNotEmpty();
			}
		}
		assertThat(this.description.at("/components/schemas/Problem/properties/status/type").asString())
			.isEqualTo("integer");
		// Any operation may meet a database that is away, or a start-up not yet done.
		this.description.get("paths")
			.forEach((path) -> assertThat(path.at("/get/responses/503/$ref").asString())
				.isEqualTo("#/components/responses/Unavailable"));
	}

	@Test
	void successfulAnswersAreDescribedByTheirSchemas() {
		for (String path : Set.of("/api/v1/jobs", "/api/v1/jobs/{id}", "/api/v1/salary-bands", "/api/v1/suggest")) {
			JsonNode ok = response(path, "200");
			assertThat(ok.at("/content/application~1json/schema").isMissingNode()).as(path).isFalse();
		}
		JsonNode schemas = this.description.at("/components/schemas");
		for (String figure : new String[] { "min", "max", "currency", "unit" }) {
			assertThat(schemas.at("/MoneyRange/properties").has(figure)).as(figure).isTrue();
		}
		assertThat(schemas.at("/Job/properties/postedAt/format").asString()).isEqualTo("date-time");
		assertThat(schemas.at("/Job/properties/closesOn/format").asString()).isEqualTo("date");
		assertThat(schemas.at("/Job/properties/payRange/$ref").asString()).isEqualTo("#/components/schemas/MoneyRange");
	}

	/** A documented response, its reference followed. */
	private JsonNode response(String path, String status) {
		JsonNode response = this.description.get("paths").get(path).get("get").get("responses").get(status);
		assertThat(response).as(path + " documents " + status).isNotNull();
		if (response.has("$ref")) {
			String name = response.get("$ref").asString().substring("#/components/responses/".length());
			return this.description.at("/components/responses").get(name);
		}
		return response;
	}

	private List<JsonNode> parameters() {
		List<JsonNode> parameters = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : this.description.get("paths").properties()) {
			path.getValue().forEach((operation) -> operation.path("parameters").forEach(parameters::add));
		}
		return parameters;
	}

}
