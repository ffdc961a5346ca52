package uk.mljobs;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Protocol;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions.Transport;

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

	@Test
	void aRecruiterAddsAPasskeyTurnsOnTwoStepSignInAndSignsInWithIt() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		String email = "careful-" + UUID.randomUUID() + "@example.com";
		open("/register");
		signUp(email, "Careful Recruiter");
		confirmAddress(email);
		signIn(email, TestAccounts.PASSWORD);
		open("/account");
		follow(By.linkText("Manage sign-in and passkeys"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Sign-in and passkeys");
		assertThat(text(By.id("passkeys"))).contains("You have no passkeys yet");
		check(pages, "passkeys-1-security");

		// Adding a passkey, or changing two-step sign-in, takes a second factor first.
		follow(By.linkText("Confirm with a mailed code first"));
		assertThat(text(By.tagName("h1"))).isEqualTo("Confirm it is you");
		check(pages, "passkeys-2-second-factor");
		giveMailedCode(email);
		assertThat(browser.getCurrentUrl()).endsWith("/account/security");

		VirtualAuthenticator authenticator = platformAuthenticator();
		try {
			type(By.id("passkey-label"), "Work laptop");
			browser.findElement(By.xpath("//main//button[normalize-space()='Add a passkey']")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("?added"));
			assertThat(authenticator.getCredentials()).hasSize(1);
			assertThat(text(By.cssSelector("#passkeys table"))).contains("Work laptop").contains("Not yet");
			follow(By.xpath("//main//button[normalize-space()='Turn two-step sign-in on']"));
			assertThat(text(By.cssSelector("main .notice"))).contains("Two-step sign-in is on");
			check(pages, "passkeys-3-added");

			// Next time: the password, then the passkey.
			signOut();
			signInWithPasswordOnly(email);
			check(pages, "passkeys-4-use-passkey");
			browser.findElement(By.id("passkey-signin")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.urlMatches(".*/recruiter(\\?continue)?$"));
			assertThat(text(By.tagName("h1"))).isEqualTo("Your postings");
			assertThat(this.jdbc.queryForObject(
					"SELECT count(*) FROM user_credentials c JOIN user_entities u "
							+ "ON u.id = c.user_entity_user_id WHERE u.name = ? AND c.last_used IS NOT NULL",
					Integer.class, email))
				.isEqualTo(1);

			// Removed, the passkey is no longer offered; a mailed code still is.
			open("/account/security");
			follow(By.xpath("//main//button[normalize-space()='Remove']"));
			assertThat(text(By.cssSelector("main .notice"))).contains("Passkey removed");
			assertThat(text(By.id("passkeys"))).contains("You have no passkeys yet");
			signOut();
			signInWithPasswordOnly(email);
			assertThat(browser.findElements(By.id("passkey-signin"))).isEmpty();
			giveMailedCode(email);
			assertThat(browser.getCurrentUrl()).matches(".*/recruiter(\\?continue)?$");
		}
		finally {
			((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
		}
		pages.assertAll();
	}

	@Test
	void anAdminSignsInWithAPasskeyAfterThePassword() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		signInAsAdmin();
		open("/account/security");
		assertThat(text(By.id("two-step-title"))).isEqualTo("Two-step sign-in");
		assertThat(text(By.tagName("main"))).contains("As an admin you always give a second step");
		VirtualAuthenticator authenticator = platformAuthenticator();
		try {
			type(By.id("passkey-label"), "Admin laptop");
			browser.findElement(By.xpath("//main//button[normalize-space()='Add a passkey']")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("?added"));
			check(pages, "admin-passkey-1-added");

			signOut();
			signInWithPasswordOnly(TestAccounts.ADMIN_EMAIL, TestAccounts.ADMIN_PASSWORD);
			browser.findElement(By.id("passkey-signin")).click();
			new WebDriverWait(browser, Duration.ofSeconds(15))
				.until(ExpectedConditions.urlMatches(".*/admin/moderation(\\?continue)?$"));
			assertThat(text(By.tagName("h1"))).isEqualTo("Moderation");
		}
		finally {
			// The admin is shared by every test: their passkey goes again (the Remove
			// button is the recruiter journey's).
			this.jdbc.update("DELETE FROM user_entities WHERE name = ?", TestAccounts.ADMIN_EMAIL);
			((HasVirtualAuthenticator) browser).removeVirtualAuthenticator(authenticator);
		}
		pages.assertAll();
	}

	/**
	 * A passkey authenticator built into the device (a fingerprint reader, say) that
	 * always finds its owner present and verified. Remove it after the test: the browser
	 * is shared by the class.
	 */
	private static VirtualAuthenticator platformAuthenticator() {
		return ((HasVirtualAuthenticator) browser)
			.addVirtualAuthenticator(new VirtualAuthenticatorOptions().setProtocol(Protocol.CTAP2)
				.setTransport(Transport.INTERNAL)
				.setHasResidentKey(true)
				.setHasUserVerification(true)
				.setIsUserVerified(true));
	}

	private void signInWithPasswordOnly(String email) {
		signInWithPasswordOnly(email, TestAccounts.PASSWORD);
	}

	/** The password only, for an account that then needs its second factor. */
	private void signInWithPasswordOnly(String email, String password) {
		open("/login");
		type(By.id("username"), email);
		type(By.id("password"), password);
		follow(By.xpath("//main//button[normalize-space()='Sign in']"));
		assertThat(browser.getCurrentUrl()).contains("/login/second-factor");
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
