package uk.mljobs.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What operators rely on: public health with the database in it, metrics for admins only
 * with the search latency histogram, and TRACE refused by the real server. Runs on a real
 * port with metrics export on, so it has a context of its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@AutoConfigureMetrics
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsTests {

	@Autowired
	private uk.mljobs.search.SearchIndexing indexing;

	@Autowired
	private MockMvc mvc;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private MockHttpSession recruiter;

	private MockHttpSession admin;

	@BeforeAll
	void signIn() throws Exception {
		this.recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "monzo", false),
				TestAccounts.PASSWORD);
		this.admin = TestAccounts.admin(this.mvc);
	}

	@Test
	void healthIsPublicAndIncludesTheDatabase() throws Exception {
		// The search index is built at start-up; until then search reports PostgreSQL
		// standing in.
		assertThat(this.indexing.awaitReady(java.time.Duration.ofSeconds(30))).isTrue();
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			// Components only: no database product, version or validation query for
			// strangers.
			.andExpect(jsonPath("$.components.db.details").doesNotExist());
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db").doesNotExist());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/prometheus", "/actuator/metrics",
			"/actuator/metrics/jvm.memory.used", "/actuator/info" })
	void everyOtherEndpointIsForAdminsOnly(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(path).session(this.recruiter)).andExpect(status().isForbidden());
		this.mvc.perform(get(path).session(this.admin)).andExpect(status().isOk());
	}

	@Test
	void endpointsThatAreNotExposedAreNotFoundEvenForAdmins() throws Exception {
		this.mvc.perform(get("/actuator/env").session(this.admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/actuator/heapdump").session(this.admin)).andExpect(status().isNotFound());
	}

	@Test
	void searchLatencyHistogramIsScrapedPerChannel() throws Exception {
		for (String path : new String[] { "/jobs?q=python", "/api/v1/jobs?q=python", "/jobs/feed.atom?q=python" }) {
			assertThat(send("GET", path).statusCode()).as(path).isEqualTo(200);
		}
		String scrape = this.mvc.perform(get("/actuator/prometheus").session(this.admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(scrape).contains("mljobs_search_seconds_bucket{channel=\"html\"")
			.contains("mljobs_search_seconds_bucket{channel=\"json\"")
			.contains("mljobs_search_seconds_bucket{channel=\"feed\"")
			.containsPattern("mljobs_search_seconds_count\\{channel=\"html\"[^}]*} [1-9]")
			.containsPattern("http_server_requests_seconds_bucket\\{[^}]*uri=\"/jobs\"");
	}

	@Test
	void traceIsRefusedAndNeverEchoed() throws Exception {
		for (String path : new String[] { "/", "/jobs", "/actuator/health" }) {
			HttpResponse<String> response = send("TRACE", path);
			assertThat(response.statusCode()).as("TRACE %s", path).isIn(403, 405);
			assertThat(response.body()).as("TRACE %s", path).doesNotContain("X-Probe");
		}
	}

	private HttpResponse<String> send(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.header("X-Probe", "echoed-if-you-see-this")
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
