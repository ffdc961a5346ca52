package uk.mljobs.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that only a real server sees (malformed escapes, state changes without a CSRF
 * token) get an error page with the right status, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class ServerErrorsTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "GET, /companies?sector=%ZZ, 400", "GET, /salaries?region=%E0%A4%A, 400",
			"GET, /salaries?region=atlantis, 400", "GET, /roles/no-such-role, 404", "GET, /no/such/page, 404",
			"POST, /salaries, 403", "DELETE, /roles, 403" })
	void answersWithAnErrorPageInTheLayout(String method, String path, int status) throws IOException {
		// java.net.URL, unlike URI, passes a malformed escape through untouched, as a
		// browser would.
		HttpURLConnection connection = (HttpURLConnection) new URL("http://localhost:" + this.port + path)
			.openConnection();
		connection.setRequestMethod(method);
		connection.setRequestProperty("Accept", "text/html");
		assertThat(connection.getResponseCode()).isEqualTo(status);
		try (InputStream body = connection.getErrorStream()) {
			String html = new String(body.readAllBytes(), StandardCharsets.UTF_8);
			assertThat(html).contains("<main id=\"main\"", "href=\"/roles\"")
				.doesNotContain("Exception", "at org.", "Whitelabel");
		}
	}

}
