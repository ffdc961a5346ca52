package uk.mljobs.account;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Recruiters hear what admins decided, by mail through the outbox, each mail in plain
 * text and HTML: posting live or sent back (with the reason), company approved or not,
 * account disabled (with the reason).
 */
@IntegrationTest
class RecruiterNoticesTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private uk.mljobs.job.PostingExpiry expiry;

	@Autowired
	private uk.mljobs.job.PostingReminders reminders;

	/**
	 * The proposals this class makes go again, with their proposers: a proposal merged
	 * into a listed company would change what other tests count as the seeded companies.
	 */
	@AfterEach
	void takeAwayProposals() {
		this.jdbc.update("DELETE FROM account WHERE company_proposal_id IN "
				+ "(SELECT id FROM company_proposal WHERE name LIKE 'Notice %')");
		this.jdbc.update("DELETE FROM company_proposal WHERE name LIKE 'Notice %'");
	}

	@Test
	void aPostingGoingLiveOrBackIsMailedWithTheReason() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long live = TestPostings.published(this.mvc, recruiter, admin, TestPostings.validForm());
		long back = TestPostings.draft(this.mvc, recruiter, TestPostings.validForm());
		TestPostings.submit(this.mvc, recruiter, back);
		this.mvc.perform(post("/admin/moderation/postings/" + back + "/reject").with(csrf())
			.session(admin)
			.param("reason", "Say which team the role is in."));
		assertThat(mail(email, "Your posting is live: Senior MLOps Engineer"))
			.contains("/jobs/" + live + "/senior-mlops-engineer");
		assertThat(mail(email, "Your posting needs changes: Senior MLOps Engineer"))
			.contains("Their reason: Say which team the role is in.", "/recruiter/postings/" + back);
	}

	@Test
	void aDisabledAccountIsToldWhy() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		this.mvc.perform(post("/admin/users/" + id + "/disable").with(csrf())
			.session(TestAccounts.admin(this.mvc))
			.param("reason", "Asked applicants for a fee"));
		assertThat(mail(email, "Your account has been disabled")).contains("The reason: Asked applicants for a fee");
	}

	@Test
	void theProposerHearsWhetherTheirCompanyWasApproved() throws Exception {
		String yes = propose("Notice Approved " + UUID.randomUUID());
		String no = propose("Notice Rejected " + UUID.randomUUID());
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		// Merged into a listed company (an approval too), so the list of companies other
		// tests count stays as it is.
		long monzo = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		this.mvc.perform(post("/admin/companies/proposals/" + proposal(yes) + "/merge").with(csrf())
			.session(admin)
			.param("company", String.valueOf(monzo)));
		this.mvc.perform(post("/admin/companies/proposals/" + proposal(no) + "/reject").with(csrf())
			.session(admin)
			.param("reason", "Not an employer we can verify"));
		assertThat(mail(email(yes), "Monzo is approved")).contains("/recruiter/postings/new");
		assertThat(mail(email(no), no + " was not approved")).contains("Their reason: Not an employer we can verify");
	}

	@Test
	void aRecruiterIsRemindedThreeDaysBeforeTheClosingDateAndToldWhenItHasClosed() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		java.util.Map<String, String> form = TestPostings.validForm();
		form.put("title", "Reminded MLOps Engineer");
		form.put("closesOn", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(3).toString());
		long id = TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);
		this.reminders.remindClosingSoon();
		this.reminders.remindClosingSoon();
		assertThat(mail(email, "Your posting closes in 3 days: Reminded MLOps Engineer"))
			.contains("stops taking applications after", "/recruiter/postings/" + id);
		this.jdbc.update("UPDATE posting SET closes_on = current_date - 1 WHERE id = ?", id);
		this.expiry.expireDue();
		assertThat(mail(email, "Your posting has closed: Reminded MLOps Engineer")).contains("Still hiring? Repost it");
	}

	private String propose(String company) throws Exception {
		String email = "proposer-" + UUID.randomUUID() + "@example.com";
		this.mvc.perform(post("/register").with(csrf()).with((request) -> {
			request.setRemoteAddr("198.18.20." + (int) (Math.random() * 250));
			return request;
		})
			.param("email", email)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "Proposer")
			.param("company", "propose")
			.param("agency", "false")
			.param("proposedCompanyName", company)
			.param("proposedCompanyWebsite", "https://proposed.example"));
		return company;
	}

	private long proposal(String company) {
		return this.jdbc.queryForObject("SELECT id FROM company_proposal WHERE name = ?", Long.class, company);
	}

	private String email(String company) {
		return this.jdbc.queryForObject(
				"SELECT a.email FROM account a JOIN company_proposal p ON p.id = a.company_proposal_id WHERE p.name = ?",
				String.class, company);
	}

	/**
	 * The text of the one mail to the address with this subject, which has an HTML part
	 * too.
	 */
	private String mail(String email, String subject) {
		List<java.util.Map<String, Object>> mails = this.jdbc.queryForList(
				"SELECT body_text, body_html FROM mail_outbox WHERE recipient = ? AND subject = ?", email, subject);
		assertThat(mails).as("mails to %s: %s", email, subject).hasSize(1);
		assertThat((String) mails.get(0).get("body_html")).startsWith("<!DOCTYPE html>");
		return (String) mails.get(0).get("body_text");
	}

}
