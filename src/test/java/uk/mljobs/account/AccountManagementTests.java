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
 * Changing a password and deleting an account, from {@code /account}.
 */
@IntegrationTest
class AccountManagementTests {

	private static final String NEW_PASSWORD = "an entirely different passphrase";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession here = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		MockHttpSession elsewhere = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);

		this.mvc
			.perform(post("/account/password").with(csrf())
				.session(here)
				.param("currentPassword", "a wrong current password")
				.param("newPassword", NEW_PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That is not your current password.")));
		this.mvc
			.perform(post("/account/password").with(csrf())
				.session(here)
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "password1234"))
			.andExpect(content().string(containsString("commonly used passwords")));

		this.mvc
			.perform(post("/account/password").with(csrf())
				.session(here)
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", NEW_PASSWORD))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/account").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/account").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
		TestAccounts.signIn(this.mvc, email, NEW_PASSWORD);
	}

	@Test
	void deletingTheAccountClosesLivePostingsDeletesDraftsAndRemovesPersonalData() throws Exception {
		String email = TestAccounts.recruiter(this.mvc, "monzo", false);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long live = TestPostings.published(this.mvc, recruiter, admin, TestPostings.validForm());
		long draft = TestPostings.draft(this.mvc, recruiter, TestPostings.validForm());
		long id = this.jdbc.queryForObject("SELECT id FROM account WHERE email = ?", Long.class, email);
		String name = this.jdbc.queryForObject("SELECT name FROM account WHERE id = ?", String.class, id);
		// An admin once paused the account: the log names its owner until it is deleted.
		this.mvc.perform(post("/admin/users/" + id + "/disable").session(admin).with(csrf()).param("reason", "Check"));
		this.mvc.perform(post("/admin/users/" + id + "/enable").session(admin).with(csrf()));
		recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);

		this.mvc.perform(post("/account/delete").with(csrf()).session(recruiter).param("password", "wrong password!"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The password is not right.")));
		this.mvc
			.perform(post("/account/delete").with(csrf()).session(recruiter).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));

		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM account WHERE email = ?", Integer.class, email))
			.isZero();
		assertThat(this.jdbc.queryForList(
				"SELECT DISTINCT subject_label FROM moderation_decision WHERE subject = 'ACCOUNT' AND subject_id = ?",
				String.class, id))
			.containsExactly("Deleted account " + id)
			.doesNotContain(name);
		assertThat(this.jdbc.queryForMap("SELECT status, recruiter_id FROM posting WHERE id = ?", live))
			.containsEntry("status", "CLOSED")
			.containsEntry("recruiter_id", null);
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM posting WHERE id = ?", Integer.class, draft))
			.isZero();
		this.mvc.perform(get("/jobs/" + live + "/senior-mlops-engineer"))
			.andExpect(content().string(containsString("No longer accepting applications")));
		this.mvc.perform(get("/recruiter").session(recruiter)).andExpect(status().is3xxRedirection());
	}

}
