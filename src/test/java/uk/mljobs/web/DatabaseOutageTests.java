package uk.mljobs.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;

import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL is away (restarting, frozen, its pool exhausted) requests are answered
 * 503 with a Retry-After, on pages and in the API, whether the failure comes from a
 * controller or from a filter in front of it (the JDBC session store): never a 500 and
 * never a stack trace. bench/faults/run.sh checks the same against a real restart.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class DatabaseOutageTests {

	@LocalServerPort
	private int port;

	@Test
	void aControllerThatCannotReachTheDatabaseAnswers503WithAPage() throws Exception {
		HttpResponse<String> page = get("/test/database-away", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("<main id=\"main\"", "Error 503", "try again")
			.doesNotContain("Exception", "at org.", "pool timed out");
	}

	@Test
	void theApiAnswers503AsProblemDetails() throws Exception {
		HttpResponse<String> problem = get("/api/test/database-away", "application/json");
		assertThat(problem.statusCode()).isEqualTo(503);
		assertThat(problem.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(problem.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(problem.body()).contains("\"status\":503").doesNotContain("pool timed out");
	}

	@Test
	void aFilterThatCannotReachTheDatabaseAnswers503WithAPage() throws Exception {
		HttpResponse<String> page = get("/roles?outage=filter", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("Error 503").doesNotContain("Exception", "at org.");
	}

	@Test
	void aRollbackOnAConnectionThePoolDroppedAnswers503() throws Exception {
		HttpResponse<String> page = get("/roles?outage=rollback", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Error 503").doesNotContain("Exception", "at org.");
	}

	@Test
	void whenTheErrorPageCannotReachTheDatabaseEitherAStatic503IsSent() throws Exception {
		HttpResponse<String> page = get("/roles?outage=always", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body()).contains("We are back in a moment").doesNotContain("Exception", "at org.");
	}

	@Test
	void aFormSentWhileTheDatabaseIsAwayComesBackToSendAgain() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(login);
		assertThat(token.find()).isTrue();
		String form = "_csrf=" + token.group(1) + "&title=Senior+%3Cb%3EMLOps%3C%2Fb%3E+Engineer&tools=kubernetes"
				+ "&tools=mlflow";
		HttpResponse<String> page = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/test/database-away"))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("5");
		assertThat(page.body())
			.contains("not saved", "Send the form again", "action=\"/test/database-away\"",
					"name=\"title\" value=\"Senior &lt;b&gt;MLOps&lt;/b&gt; Engineer\"",
					"name=\"tools\" value=\"kubernetes\"", "name=\"tools\" value=\"mlflow\"")
			.doesNotContain("<b>MLOps", "Exception");
		// A password is never written into a page.
		HttpResponse<String> signUp = client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/test/database-away"))
				.header("Accept", "text/html")
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("_csrf=" + token.group(1) + "&email=a%40example.com&password=hunter2-hunter2"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signUp.statusCode()).isEqualTo(503);
		assertThat(signUp.body()).contains("type yours again").doesNotContain("hunter2", "Send the form again");
	}

	@Test
	void otherFailuresStillAnswer500() throws Exception {
		HttpResponse<String> page = get("/test/broken", "text/html");
		assertThat(page.statusCode()).isEqualTo(500);
		assertThat(page.headers().firstValue("Retry-After")).isEmpty();
	}

	private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", accept)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Failures {

		@Bean
		Away away() {
			return new Away();
		}

		/** Fails as the JDBC session store does when PostgreSQL restarts under it. */
		@Bean
		FilterRegistrationBean<OncePerRequestFilter> sessionStoreAway() {
			FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
					new OncePerRequestFilter() {
						@Override
						protected boolean shouldNotFilterErrorDispatch() {
							return false;
						}

						@Override
						protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
								FilterChain chain) throws ServletException, IOException {
							String outage = request.getParameter("outage");
							if ("always".equals(outage)) {
								// The error page, too, finds the session store away.
								throw new DataAccessResourceFailureException("Failed to obtain JDBC Connection");
							}
							if (request.getDispatcherType() == DispatcherType.ERROR) {
								chain.doFilter(request, response);
								return;
							}
							if ("filter".equals(outage)) {
								throw new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
										new SQLTransientConnectionException("pool timed out"));
							}
							if ("rollback".equals(outage)) {
								// What the session store threw when PostgreSQL restarted
								// under it.
								throw new JpaSystemException(
										new TransactionException("Unable to rollback against JDBC Connection",
												new SQLException("Connection is closed")));
							}
							chain.doFilter(request, response);
						}
					});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
			return registration;
		}

	}

	@RestController
	static class Away {

		@GetMapping({ "/test/database-away", "/api/test/database-away" })
		String databaseAway() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new SQLTransientConnectionException("pool timed out"));
		}

		@org.springframework.web.bind.annotation.PostMapping("/test/database-away")
		String databaseAwayOnWrite() {
			throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
					new java.sql.SQLNonTransientConnectionException("terminating connection", "57P01"));
		}

		@GetMapping("/test/broken")
		String broken() {
			throw new IllegalStateException("a bug");
		}

	}

}
