package uk.mljobs.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.system.RateLimiter;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * X-Forwarded-For is believed only from configured proxies (none by default): a client
 * that sends the header itself is still counted by the address it connects from. Runs on
 * a real server, since the header is read by Tomcat, before any filter.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class ForwardedHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	private int port;

	@Autowired
	private RateLimiter limiter;

	@BeforeEach
	@AfterEach
	void giveLoopbackItsAllowanceBack() {
		// Other tests on this server sign in from 127.0.0.1 too.
		this.limiter.forget("login-address:127.0.0.1");
	}

	@Test
	void rotatingXForwardedForDoesNotEscapeTheSignInLimitPerAddress() throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login")).build(), BodyHandlers.ofString());
		Matcher token = CSRF.matcher(page.body());
		assertThat(token.find()).isTrue();
		int refused = 0;
		for (int attempt = 0; attempt < 30; attempt++) {
			String form = "username=" + UUID.randomUUID() + "%40example.com&password=wrong-" + attempt + "&_csrf="
					+ token.group(1);
			HttpRequest signIn = HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", "10.1.2." + attempt)
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build();
			int status = client.send(signIn, BodyHandlers.discarding()).statusCode();
			assertThat(status).isIn(302, 429);
			if (status == 429) {
				refused++;
			}
		}
		// 20 failures per address in the window, then every attempt is refused.
		assertThat(refused).isEqualTo(10);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
