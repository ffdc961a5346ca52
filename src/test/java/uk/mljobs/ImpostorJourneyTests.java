package uk.mljobs;

import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

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
 * The red-team's impostor, in Chromium: a gmail address claiming Monzo is held until an
 * admin vouches; the admin disables it instead, and the same person's next try, from
 * another gmail address a minute later, is marked for the admin as looking like the one
 * disabled. Runs in the recruiter journeys' application (same settings, one context).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestcontainersConfiguration.class, TestClock.Configuration.class })
@ActiveProfiles("test")
class ImpostorJourneyTests extends JourneyTest {

	@BeforeEach
	void freshSession() {
		browser.manage().window().setSize(LAPTOP);
		signOut();
	}

	@Test
	void aGmailAccountClaimingMonzoIsHeldDisabledAndItsNextTryIsMarked() throws Exception {
		SoftAssertions pages = new SoftAssertions();
		String first = "monzo.talent." + UUID.randomUUID() + "@gmail.com";
		open("/register");
		signUp(first, "Monzo Talent Team");
		confirmAddress(first);
		signIn(first, TestAccounts.PASSWORD);
		assertThat(text(By.tagName("main"))).contains("Your address is not on Monzo's own email domain")
			.contains("an admin checks that you recruit for it");
		check(pages, "impostor-1-held");

		signOut();
		signInAsAdmin();
		open("/admin/users");
		WebElement waiting = browser.findElement(By.cssSelector(".waiting-list"));
		assertThat(waiting.getText()).contains(first + " (free-mail address)").contains("Claims Monzo");
		check(pages, "impostor-2-waiting-for-a-vouch");
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, first);
		disable(id);

		signOut();
		String again = "monzo.careers." + UUID.randomUUID() + "@gmail.com";
		open("/register");
		signUp(again, "Monzo Careers");
		signOut();
		signInAsAdmin();
		open("/admin/users");
		String waitingNow = text(By.cssSelector(".waiting-list"));
		assertThat(waitingNow).doesNotContain(first)
			.contains(again)
			.contains("Claims Monzo, as disabled account " + id + " did, from off its domain");
		check(pages, "impostor-3-next-try-marked");
		// The admin's other defence: the phrases that flag scams.
		open("/admin/moderation/phrases");
		assertThat(text(By.tagName("h1"))).isEqualTo("Scam phrases");
		assertThat(text(By.id("kind-FEE"))).isEqualTo("Asks for a fee");
		check(pages, "impostor-4-scam-phrases");
		// And a stale "still hiring?" link says so plainly.
		signOut();
		open("/postings/still-hiring?token=" + "x".repeat(43));
		assertThat(text(By.tagName("h1"))).isEqualTo("This link does not work");
		check(pages, "impostor-5-old-still-hiring-link");
		pages.assertAll();
	}

	private void disable(long id) {
		type(By.id("reason-" + id), "Not Monzo: a gmail address asking for fees");
		follow(By.xpath("//form[contains(@action, '/admin/users/" + id + "/disable')]//button"));
		assertThat(text(By.cssSelector("main .notice"))).contains("Account disabled");
	}

}
