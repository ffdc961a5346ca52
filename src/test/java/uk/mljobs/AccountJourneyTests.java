package uk.mljobs;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import uk.mljobs.support.JourneyTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestClock;
import uk.mljobs.support.TestcontainersConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account recovers itself in Chromium: "Forgot your password?" on the sign-in page,
 * the link from the mail, a new password, signed in, and the session another device had
 * is gone. Runs in the recruiter journeys' application (same settings, so one context).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class AccountJourneyTests extends JourneyTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final String NEW_PASSWORD = "a brand new passphrase for the journey";

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(LAPTOP);
		signOut();
	}

	@Test
	void forgotPasswordResetSignedInAndTheOtherSessionIsGone() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		String email = "forgetful-" + UUID.randomUUID() + "@example.com";
		open("/register");
		signUp(email, "Forgetful Recruiter");
		confirmAddress(email);
		HttpClient elsewhere = signedInElsewhere(email, TestAccounts.PASSWORD);
		assertThat(dashboard(elsewhere)).isEqualTo(200);

		signOut();
		open("/login");
		follow(By.linkText("Forgot your password?"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Forgot your password?");
		check(pages, "account-journey-1-forgot");
		type(By.id("email"), email);
		follow(By.xpath("//main//button[normalize-space()='Send me a link']"));
		assertThat(text(By.cssSelector("main .notice"))).contains("If an account uses " + email);

		open(resetLink(email));
		assertThat(text(By.tagName("h1"))).isEqualTo("Choose a new password");
		check(pages, "account-journey-2-new-password");
		type(By.id("newPassword"), NEW_PASSWORD);
		follow(By.xpath("//main//button[normalize-space()='Save and sign in']"));
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter");
		assertThat(text(By.cssSelector("main .notice"))).contains("Password changed, and you are signed in");
		check(pages, "account-journey-3-signed-in");

		assertThat(dashboard(elsewhere)).as("the other device's session").isEqualTo(302);
		open(resetLink(email));
		assertThat(text(By.tagName("h1"))).isEqualTo("This link no longer works");
		check(pages, "account-journey-4-link-used");
		signOut();
		signIn(email, NEW_PASSWORD);
		assertThat(browser.getCurrentUrl()).endsWith("/recruiter");
		pages.assertAll();
	}

	private String resetLink(String email) {
		String body = this.jdbc
			.queryForObject("SELECT body_text FROM mail_outbox WHERE recipient = ? AND subject = 'Reset your password' "
					+ "ORDER BY id DESC LIMIT 1", String.class, email);
		Matcher link = Pattern.compile("https?://[^/\\s]+(/login/reset\\?token=[A-Za-z0-9_-]{43})").matcher(body);
		assertThat(link.find()).as("a reset link in %s", body).isTrue();
		return link.group(1);
	}

	/** Another device: a plain HTTP client signed in through the form. */
	private HttpClient signedInElsewhere(String email, String password) throws Exception {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(login);
		assertThat(token.find()).isTrue();
		String form = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
				+ "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)
				+ "&_csrf=" + token.group(1);
		HttpResponse<Void> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/recruiter"));
		return client;
	}

	private int dashboard(HttpClient client) throws Exception {
		return client.send(HttpRequest.newBuilder(uri("/recruiter")).build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
