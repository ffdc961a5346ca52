package uk.mljobs.account;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Employers that are who they say: a recruiter off the company's own email domain (free
 * mail, another domain, an agency) cannot send postings to review until an admin vouches
 * for them; one on the domain joins directly. A new sign-up that looks like a disabled
 * recruiter is marked for the admin.
 */
@IntegrationTest
class VouchingTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void takeAwayDomains() {
		this.jdbc.update("DELETE FROM company_email_domain");
	}

	@Test
	void aGmailRecruiterClaimingMonzoIsHeldUntilAnAdminVouchesAndTheVouchIsLogged() throws Exception {
		String impostor = "monzo.hiring." + UUID.randomUUID() + "@gmail.com";
		TestAccounts.signUp(this.mvc, impostor, "monzo", false);
		TestAccounts.confirmAddress(this.mvc, impostor);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, impostor, TestAccounts.PASSWORD);
		assertThat(page("/recruiter", recruiter)).contains("an admin checks that you recruit for it");
		long draft = TestPostings.draft(this.mvc, recruiter, TestPostings.validForm());
		assertThat(page("/recruiter/postings/" + draft, recruiter)).contains("once an admin has confirmed")
			.doesNotContain("Submit for review");
		String refused = this.mvc
			.perform(post("/recruiter/postings/" + draft + "/submit").with(csrf()).session(recruiter))
			.andExpect(status().isConflict())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(refused)).contains("An admin needs to confirm that you recruit for this company");
		assertThat(postingStatus(draft)).isEqualTo("DRAFT");

		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long id = id(impostor);
		assertThat(waiting(admin)).contains(impostor + " (free-mail address)").contains("Claims Monzo");
		this.mvc.perform(post("/admin/users/" + id + "/vouch").with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM moderation_decision WHERE subject = 'ACCOUNT' "
						+ "AND subject_id = ? AND action = 'VOUCH' AND reason = 'May post for Monzo'",
				Integer.class, id))
			.isOne();
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = ? AND subject = 'You can post for Monzo'",
				Integer.class, impostor))
			.isOne();
		assertThat(waiting(admin)).doesNotContain(impostor);

		this.mvc.perform(post("/recruiter/postings/" + draft + "/submit").with(csrf()).session(recruiter))
			.andExpect(status().isFound());
		assertThat(postingStatus(draft)).isEqualTo("SUBMITTED");
		// Vouching twice changes nothing and logs nothing more.
		this.mvc.perform(post("/admin/users/" + id + "/vouch").with(csrf()).session(admin))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM moderation_decision WHERE subject = 'ACCOUNT' "
				+ "AND subject_id = ? AND action = 'VOUCH'", Integer.class, id))
			.isOne();
	}

	@Test
	void aRecruiterOnTheCompanysDomainJoinsDirectlyAndAnAgencyOnItsOwnDomainWaits() throws Exception {
		long monzo = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc
			.perform(post("/admin/companies/" + monzo + "/domains").with(csrf())
				.session(admin)
				.param("domains", "monzo.com"))
			.andExpect(redirectedUrl("/admin/companies/" + monzo));
		String insider = "ana-" + UUID.randomUUID() + "@monzo.com";
		TestAccounts.signUp(this.mvc, insider, "monzo", false);
		String agency = "sam-" + UUID.randomUUID() + "@talent-partners.co.uk";
		TestAccounts.signUp(this.mvc, agency, "monzo", true);
		assertThat(waiting(admin)).doesNotContain(insider).contains(agency);
		TestAccounts.confirmAddress(this.mvc, insider);
		TestAccounts.confirmAddress(this.mvc, agency);

		MockHttpSession ana = TestAccounts.signIn(this.mvc, insider, TestAccounts.PASSWORD);
		assertThat(page("/recruiter", ana)).doesNotContain("an admin checks");
		long posting = TestPostings.draft(this.mvc, ana, TestPostings.validForm());
		this.mvc.perform(post("/recruiter/postings/" + posting + "/submit").with(csrf()).session(ana))
			.andExpect(status().isFound());
		assertThat(postingStatus(posting)).isEqualTo("SUBMITTED");

		MockHttpSession sam = TestAccounts.signIn(this.mvc, agency, TestAccounts.PASSWORD);
		long theirs = TestPostings.draft(this.mvc, sam, TestPostings.validForm());
		this.mvc.perform(post("/recruiter/postings/" + theirs + "/submit").with(csrf()).session(sam))
			.andExpect(status().isConflict());
	}

	@Test
	void aSignUpLikeADisabledRecruiterIsMarkedForTheAdmin() throws Exception {
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String domain = "shady-" + UUID.randomUUID().toString().substring(0, 8) + ".co.uk";
		String proposal = "Shady Ventures " + UUID.randomUUID().toString().substring(0, 8);
		String first = "first@" + domain;
		this.mvc.perform(post("/register").with(csrf())
			.param("email", first)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "First Try")
			.param("company", "propose")
			.param("proposedCompanyName", proposal)
			.param("agency", "false")
			.with((request) -> {
				request.setRemoteAddr("10.7.0.1");
				return request;
			})).andExpect(status().isFound());
		String gmail = "ocado.jobs." + UUID.randomUUID() + "@gmail.com";
		TestAccounts.signUp(this.mvc, gmail, "ocado-technology", false);
		for (String email : new String[] { first, gmail }) {
			this.mvc
				.perform(post("/admin/users/" + id(email) + "/disable").with(csrf())
					.session(admin)
					.param("reason", "Asked seekers for a fee"))
				.andExpect(redirectedUrl("/admin/users"));
		}

		String again = "second@" + domain;
		this.mvc.perform(post("/register").with(csrf())
			.param("email", again)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "Second Try")
			.param("company", "propose")
			.param("proposedCompanyName", "  " + proposal.toUpperCase() + " ")
			.param("agency", "false")
			.with((request) -> {
				request.setRemoteAddr("10.7.0.2");
				return request;
			})).andExpect(status().isFound());
		assertThat(signals(again)).containsExactlyInAnyOrder(
				"Same email domain (" + domain + ") as disabled account " + id(first),
				"Proposed the same company as disabled account " + id(first));

		String gmailAgain = "ocado.careers." + UUID.randomUUID() + "@gmail.com";
		TestAccounts.signUp(this.mvc, gmailAgain, "ocado-technology", false);
		assertThat(signals(gmailAgain))
			.containsExactly("Claims Ocado Technology, as disabled account " + id(gmail) + " did, from off its domain");
		assertThat(page("/admin/users", admin)).contains("Claims Ocado Technology, as disabled account " + id(gmail));

		// Free mail is not a shared domain, and an unrelated claim raises nothing.
		String stranger = "someone." + UUID.randomUUID() + "@gmail.com";
		TestAccounts.signUp(this.mvc, stranger, "booking-com", false);
		assertThat(signals(stranger)).isEmpty();
	}

	@Test
	void theQueueFlagsAPostingLikeADisabledRecruitersAndOnePointingWhereTheirsDid() throws Exception {
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String apply = "apply." + UUID.randomUUID() + "@gmail.com";
		String disabled = TestAccounts.recruiter(this.mvc, "tesco-technology", false);
		java.util.Map<String, String> form = TestPostings.validForm();
		form.put("howToApply", apply);
		long old = TestPostings.draft(this.mvc, TestAccounts.signIn(this.mvc, disabled, TestAccounts.PASSWORD), form);
		this.mvc
			.perform(post("/admin/users/" + id(disabled) + "/disable").with(csrf())
				.session(admin)
				.param("reason", "Asked for a fee"))
			.andExpect(redirectedUrl("/admin/users"));

		String next = "tesco.jobs." + UUID.randomUUID() + "@gmail.com";
		TestAccounts.signUp(this.mvc, next, "tesco-technology", false);
		TestAccounts.confirmAddress(this.mvc, next);
		TestAccounts.vouch(this.mvc, next);
		MockHttpSession theirs = TestAccounts.signIn(this.mvc, next, TestAccounts.PASSWORD);
		java.util.Map<String, String> again = TestPostings.validForm();
		again.put("howToApply", apply.toUpperCase());
		long posting = TestPostings.draft(this.mvc, theirs, again);
		TestPostings.submit(this.mvc, theirs, posting);
		assertThat(page("/admin/moderation/postings/" + posting, admin)).contains("Like a disabled recruiter")
			.contains("The poster: Claims Tesco Technology, as disabled account " + id(disabled)
					+ " did, from off its domain.")
			.contains("Apply goes where posting " + old + " of a recruiter since disabled sent applicants.");
		assertThat(page("/admin/moderation", admin)).contains("Like a disabled recruiter");
	}

	@Test
	void onlyAnActiveRecruiterCanBeVouchedFor() throws Exception {
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc.perform(post("/admin/users/999999/vouch").with(csrf()).session(admin))
			.andExpect(status().isNotFound());
		long adminId = id(TestAccounts.ADMIN_EMAIL);
		this.mvc.perform(post("/admin/users/" + adminId + "/vouch").with(csrf()).session(admin))
			.andExpect(status().isConflict());
		String recruiter = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession theirs = TestAccounts.signIn(this.mvc, recruiter, TestAccounts.PASSWORD);
		this.mvc.perform(post("/admin/users/" + id(recruiter) + "/vouch").with(csrf()).session(theirs))
			.andExpect(status().isForbidden());
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return PageText.of(this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/** The "waiting for you to vouch" part of the admin users page. */
	private String waiting(MockHttpSession admin) throws Exception {
		String page = page("/admin/users", admin);
		return page.substring(page.indexOf("Waiting for you to vouch"), page.indexOf("Every recruiter"));
	}

	private long id(String email) {
		return this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
	}

	private String postingStatus(long posting) {
		return this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, posting);
	}

	private java.util.List<String> signals(String email) {
		return this.jdbc.queryForList("SELECT reason FROM account_signal WHERE account_id = ? ORDER BY id",
				String.class, id(email));
	}

}
