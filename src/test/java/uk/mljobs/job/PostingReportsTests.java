package uk.mljobs.job;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * Seekers report postings: anonymous, one report per address and posting, a few an hour
 * per address. Reports head the moderation queue; an unverified poster's posting reported
 * from three addresses goes back to review, a verified employer's never automatically.
 */
@IntegrationTest
class PostingReportsTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private MockHttpSession admin;

	private String email;

	private MockHttpSession recruiter;

	private final String network = "10.66." + (int) (Math.random() * 250) + ".";

	@BeforeEach
	void actors() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
		this.email = TestAccounts.recruiter(this.mvc, "lloyds-banking-group", false);
		this.recruiter = TestAccounts.signIn(this.mvc, this.email, TestAccounts.PASSWORD);
	}

	@AfterEach
	void takeAwayDomains() {
		this.jdbc.update("DELETE FROM company_email_domain");
	}

	@Test
	void threeAddressesReportingAnUnverifiedPostersPostingTakeItDownUntilAnAdminDecides() throws Exception {
		long id = published("Reported MLOps Engineer");
		assertThat(page(get("/jobs/" + id + "/reported-mlops-engineer"), 200)).contains("Report this job");
		assertThat(page(get("/reports/jobs/" + id), 200)).contains("Report this job").contains("Reports are anonymous");
		send(id, "1", "SCAM", "They asked for a £50 registration fee", "").andExpect(redirectedUrl("/reports/sent"));
		send(id, "1", "PAY", "", "").andExpect(redirectedUrl("/reports/sent?already"));
		send(id, "2", "SCAM", "", "seeker@example.com").andExpect(redirectedUrl("/reports/sent"));
		assertThat(postingStatus(id)).as("two addresses are not enough").isEqualTo("PUBLISHED");
		assertThat(page(get("/admin/moderation").session(this.admin), 200)).contains("Live postings seekers reported")
			.contains("Reported MLOps Engineer");
		send(id, "3", "NOT_OPEN", "", "").andExpect(redirectedUrl("/reports/sent"));

		assertThat(postingStatus(id)).isEqualTo("SUBMITTED");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM posting_report WHERE posting_id = ?", Integer.class, id))
			.isEqualTo(3);
		this.mvc.perform(get("/jobs/" + id + "/reported-mlops-engineer")).andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM mail_outbox WHERE recipient = ? "
						+ "AND subject = 'Your posting is paused for review: Reported MLOps Engineer'",
				Integer.class, this.email))
			.isOne();
		String queue = page(get("/admin/moderation").session(this.admin), 200);
		assertThat(queue).contains("Reported by seekers : a scam, or asks for a fee ×2, no longer open ×1.");
		assertThat(queue.indexOf("Reported MLOps Engineer")).isLessThan(queue.indexOf("Proposed companies"));
		assertThat(page(get("/admin/moderation/postings/" + id).session(this.admin), 200))
			.contains("Reports from seekers (3)")
			.contains("“They asked for a £50 registration fee”")
			.contains("(reply to seeker@example.com)");

		// The admin finds it fine: live again, the reports dealt with.
		TestPostings.approve(this.mvc, this.admin, id);
		assertThat(postingStatus(id)).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM posting_report WHERE posting_id = ? AND resolved_at IS NULL", Integer.class, id))
			.isZero();
	}

	@Test
	void aVerifiedEmployersPostingStaysLiveUntilAnAdminActs() throws Exception {
		long lloyds = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'lloyds-banking-group'",
				Long.class);
		this.jdbc.update("INSERT INTO company_email_domain (domain, company_id) VALUES ('lloyds.test', ?)", lloyds);
		String insider = "kim-" + UUID.randomUUID() + "@lloyds.test";
		TestAccounts.signUp(this.mvc, insider, "lloyds-banking-group", false);
		TestAccounts.confirmAddress(this.mvc, insider);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Verified Reported Engineer");
		long id = TestPostings.published(this.mvc, TestAccounts.signIn(this.mvc, insider, TestAccounts.PASSWORD),
				this.admin, form);
		for (String host : new String[] { "11", "12", "13", "14" }) {
			send(id, host, "SCAM", "", "").andExpect(redirectedUrl("/reports/sent"));
		}
		assertThat(postingStatus(id)).isEqualTo("PUBLISHED");
		this.mvc.perform(post("/admin/moderation/postings/" + id + "/reports/dismiss").with(csrf()).session(this.admin))
			.andExpect(redirectedUrl("/admin/moderation"));
		assertThat(page(get("/admin/moderation").session(this.admin), 200))
			.doesNotContain("Verified Reported Engineer");
		send(id, "15", "PAY", "", "").andExpect(redirectedUrl("/reports/sent"));
		this.mvc.perform(post("/admin/moderation/postings/" + id + "/hold").with(csrf()).session(this.admin))
			.andExpect(redirectedUrl("/admin/moderation/postings/" + id));
		assertThat(postingStatus(id)).isEqualTo("SUBMITTED");
	}

	@Test
	void aReportWithoutAReasonOrWithBadFieldsIsSentBackAndNothingIsSaved() throws Exception {
		long id = published("Carefully Reported Engineer");
		assertThat(page(report(id, "21", "", "", ""), 200)).contains("There is a problem")
			.contains("Choose why you are reporting it.");
		assertThat(page(report(id, "22", "OTHER", "   ", ""), 200)).contains("Say what is wrong with it.");
		assertThat(page(report(id, "23", "SCAM", "", "not an address"), 200))
			.contains("Enter an email address like name@example.com");
		assertThat(page(report(id, "24", "NONSENSE", "x".repeat(1001), ""), 200))
			.contains("Keep it under 1,000 characters.");
		assertThat(
				this.jdbc.queryForObject("SELECT count(*) FROM posting_report WHERE posting_id = ?", Integer.class, id))
			.isZero();
		// Only live postings can be reported.
		long draft = TestPostings.draft(this.mvc, this.recruiter, TestPostings.validForm());
		this.mvc.perform(get("/reports/jobs/" + draft)).andExpect(status().isNotFound());
		this.mvc.perform(report(draft, "25", "SCAM", "", "")).andExpect(status().isNotFound());
		this.mvc.perform(get("/reports/jobs/999999")).andExpect(status().isNotFound());
	}

	@Test
	void anAddressGetsFiveReportsAnHour() throws Exception {
		for (int i = 0; i < PostingReports.PER_ADDRESS_PER_HOUR; i++) {
			long id = published("Rationed Report Engineer " + i);
			send(id, "31", "PAY", "", "").andExpect(redirectedUrl("/reports/sent"));
		}
		long another = published("One Report Too Many Engineer");
		assertThat(page(report(another, "31", "PAY", "", ""), 429)).contains("reports this hour");
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM posting_report WHERE posting_id = ?", Integer.class,
				another))
			.isZero();
	}

	private long published(String title) throws Exception {
		Map<String, String> form = TestPostings.validForm();
		form.put("title", title);
		return TestPostings.published(this.mvc, this.recruiter, this.admin, form);
	}

	private org.springframework.test.web.servlet.ResultActions send(long id, String host, String reason, String details,
			String contact) throws Exception {
		return this.mvc.perform(report(id, host, reason, details, contact));
	}

	private MockHttpServletRequestBuilder report(long id, String host, String reason, String details, String contact) {
		return post("/reports/jobs/" + id).with(csrf())
			.param("reason", reason)
			.param("details", details)
			.param("contactEmail", contact)
			.with((request) -> {
				request.setRemoteAddr(this.network + host);
				return request;
			});
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request, int expected) throws Exception {
		return PageText.of(this.mvc.perform(request)
			.andExpect(status().is(expected))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private String postingStatus(long id) {
		return this.jdbc.queryForObject("SELECT status FROM posting WHERE id = ?", String.class, id);
	}

}
