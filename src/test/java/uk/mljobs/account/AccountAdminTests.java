package uk.mljobs.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An admin disables a recruiter: signed out at once, no more sign-ins, live postings
 * closed and pending ones out of the queue; enabling lets them back in.
 */
@IntegrationTest
class AccountAdminTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void aDisabledRecruiterIsSignedOutCannotSignInAndTheirPostingsEnd() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long live = TestPostings.published(this.mvc, recruiter, admin, TestPostings.validForm());
		long pending = TestPostings.draft(this.mvc, recruiter, TestPostings.validForm());
		TestPostings.submit(this.mvc, recruiter, pending);
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);

		this.mvc.perform(get("/admin/users").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)));
		this.mvc
			.perform(post("/admin/users/" + id + "/disable").session(admin)
				.with(csrf())
				.param("reason", "Posting fake vacancies"))
			.andExpect(redirectedUrl("/admin/users"));

		assertThat(this.jdbc.queryForObject("SELECT enabled FROM account WHERE id = ?", Boolean.class, id)).isFalse();
		assertThat(this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, live))
			.isEqualTo("CLOSED");
		assertThat(this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, pending))
			.isEqualTo("DRAFT");
		// The open session ends at once, saying why; signing in again is refused.
		this.mvc.perform(get("/recruiter").session(recruiter)).andExpect(redirectedUrl("/login?disabled"));
		this.mvc.perform(get("/login?disabled"))
			.andExpect(content().string(containsString("an administrator has disabled")));
		this.mvc.perform(post("/login").with(csrf()).param("username", email).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));

		this.mvc.perform(post("/admin/users/" + id + "/enable").session(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		MockHttpSession back = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter").session(back)).andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, live))
			.as("closed postings stay closed")
			.isEqualTo("CLOSED");
		// Both decisions are in the admins' log: who, when and why.
		assertThat(this.jdbc.queryForList("""
				SELECT action || ':' || coalesce(reason, '') FROM moderation_decision
				WHERE subject = 'ACCOUNT' AND subject_id = ? AND admin_id IS NOT NULL AND decided_at IS NOT NULL
				ORDER BY id""", String.class, id)).containsExactly("DISABLE:Posting fake vacancies", "ENABLE:");
		this.mvc.perform(get("/admin/moderation/decisions").session(admin))
			.andExpect(content().string(containsString("Posting fake vacancies")));
	}

	@Test
	void disablingNeedsAReasonAndNeverTouchesAdmins() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		this.mvc.perform(post("/admin/users/" + id + "/disable").session(admin).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Say why you are disabling this account.")));
		assertThat(this.jdbc.queryForObject("SELECT enabled FROM account WHERE id = ?", Boolean.class, id)).isTrue();

		long adminId = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class,
				TestAccounts.ADMIN_EMAIL);
		this.mvc.perform(post("/admin/users/" + adminId + "/disable").session(admin).with(csrf()).param("reason", "No"))
			.andExpect(status().isConflict());
		assertThat(this.jdbc.queryForObject("SELECT enabled FROM account WHERE id = ?", Boolean.class, adminId))
			.isTrue();
	}

}
