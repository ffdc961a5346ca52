package uk.mljobs.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static uk.mljobs.support.HtmlChecker.errorsIn;

/**
 * Every page, error pages included, passes the W3C Nu HTML Checker with no errors.
 */
@IntegrationTest
class HtmlValidityTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private org.springframework.jdbc.core.JdbcTemplate jdbc;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/", "/roles", "/roles/mlops-engineer", "/roles/machine-learning-engineer", "/salaries",
			"/salaries?role=mlops-engineer&region=london", "/companies", "/companies?sector=financial-services",
			"/companies/gchq-ncsc", "/companies/booking-com", "/roles/no-such-role", "/salaries?region=atlantis",
			"/login", "/login?error", "/register", "/jobs", "/jobs?q=kuberntes%20london",
			"/jobs?q=engineer&workMode=remote&workMode=hybrid&near=leeds&within=50&remote=yes&minPay=70k",
			"/jobs?q=zzzqqq&clearance=dv&type=contract", "/jobs?minPay=lots", "/salaries/checker",
			"/salaries/checker?role=mlops-engineer&level=senior&region=london&salary=95000",
			"/salaries/checker?role=mlops-engineer&level=senior&region=london&dayRate=600",
			"/roles/mlops-engineer/skills-check", "/roles/machine-learning-engineer/skills-check?skill=python" })
	void pageIsValidHtml(String path) throws Exception {
		byte[] html = this.mvc.perform(get(path)).andReturn().getResponse().getContentAsByteArray();
		assertThat(errorsIn(html)).as("Nu HTML Checker errors on %s", path).isEmpty();
	}

	@Test
	void signedInPagesAndFormsWithErrorsAreValidHtml() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, "arm", true),
				TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		long id = TestPostings.draft(this.mvc, recruiter, TestPostings.validForm());
		TestPostings.submit(this.mvc, recruiter, id);
		Map<String, byte[]> pages = new LinkedHashMap<>();
		pages.put("dashboard", body(get("/recruiter").session(recruiter)));
		pages.put("new posting form", body(get("/recruiter/postings/new").session(recruiter)));
		pages.put("posting form with errors",
				body(TestPostings.submitForm("/recruiter/postings", Map.of("title", "")).session(recruiter)));
		pages.put("preview", body(get("/recruiter/postings/" + id).session(recruiter)));
		pages.put("account", body(get("/account").session(recruiter)));
		pages.put("register with errors", body(post("/register").with(csrf()).param("email", "x").with((request) -> {
			request.setRemoteAddr("198.19.251." + (int) (Math.random() * 250));
			return request;
		})));
		String unconfirmed = TestAccounts.unconfirmedRecruiter(this.mvc, "arm", false);
		MockHttpSession newcomer = TestAccounts.signIn(this.mvc, unconfirmed, TestAccounts.PASSWORD);
		pages.put("dashboard, address not confirmed", body(get("/recruiter").session(newcomer)));
		pages.put("account, address not confirmed", body(get("/account").session(newcomer)));
		pages.put("confirm address", body(get("/account/verify").param("token",
				TestAccounts.mailedToken(this.mvc, unconfirmed, "/account/verify?token="))));
		pages.put("forgot password", body(get("/login/forgot")));
		for (String page : new String[] { "/privacy", "/terms", "/about", "/contact" }) {
			pages.put(page, body(get(page)));
		}
		this.mvc.perform(post("/login/forgot").with(csrf()).param("email", unconfirmed));
		pages.put("choose a new password", body(get("/login/reset").param("token",
				TestAccounts.mailedToken(this.mvc, unconfirmed, "/login/reset?token="))));
		pages.put("link expired", body(get("/login/reset").param("token", "gone"), 410));
		pages.put("moderation queue", body(get("/admin/moderation").session(admin)));
		pages.put("review page", body(get("/admin/moderation/postings/" + id).session(admin)));
		TestPostings.approve(this.mvc, admin, id);
		pages.put("decision log", body(get("/admin/moderation/decisions").session(admin)));
		pages.put("public posting", body(get("/jobs/" + id + "/senior-mlops-engineer")));
		long band = this.jdbc.queryForObject("SELECT min(id) FROM salary_band WHERE retired_at IS NULL", Long.class);
		pages.put("salary bands", body(get("/admin/salary-bands").session(admin)));
		pages.put("new band form", body(get("/admin/salary-bands/new").session(admin)));
		pages.put("new band form with errors",
				body(post("/admin/salary-bands").session(admin).with(csrf()).param("min", "lots")));
		pages.put("band and its history", body(get("/admin/salary-bands/" + band).session(admin)));
		pages.put("band changes", body(get("/admin/salary-bands/changes").session(admin)));
		pages.put("recruiters", body(get("/admin/users").session(admin)));
		pages.put("search engine", body(get("/admin/search").session(admin)));
		pages.put("synonyms", body(get("/admin/search/synonyms").param("try", "k8s ml ops").session(admin)));
		pages
			.put("synonyms with errors",
					this.mvc.perform(post("/admin/search/synonyms").session(admin)
						.with(csrf())
						.param("version", "stale")
						.param("lines", "lonely")).andReturn().getResponse().getContentAsByteArray());
		long recruiterId = this.jdbc.queryForObject("SELECT max(id) FROM account WHERE role = 'RECRUITER'", Long.class);
		pages.put("disable without a reason",
				body(post("/admin/users/" + recruiterId + "/disable").session(admin).with(csrf()).param("reason", "")));
		MockHttpServletRequestBuilder stale = post("/admin/salary-bands/" + band).session(admin)
			.with(csrf())
			.param("version", "-1")
			.param("min", "90000")
			.param("max", "99000")
			.param("reason", "An edit from an old form");
		var conflict = this.mvc.perform(stale).andReturn().getResponse();
		assertThat(conflict.getStatus()).isEqualTo(409);
		pages.put("band edit conflict", conflict.getContentAsByteArray());
		long monzo = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		pages.put("companies", body(get("/admin/companies").session(admin)));
		pages.put("new company form", body(get("/admin/companies/new").session(admin)));
		pages.put("company form with errors",
				body(post("/admin/companies").session(admin).with(csrf()).param("website", "ftp://x")));
		pages.put("company edit", body(get("/admin/companies/" + monzo).session(admin)));
		pages.put("company logo", body(get("/admin/companies/" + monzo + "/logo").session(admin)));
		var refusedLogo = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/admin/companies/" + monzo + "/logo")
				.file(new org.springframework.mock.web.MockMultipartFile("file", "logo.png", "image/png",
						"GIF89a not a png".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
				.session(admin)
				.with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(refusedLogo.getStatus()).isEqualTo(400);
		pages.put("company logo refused", refusedLogo.getContentAsByteArray());
		pages.put("company logo, not a verified employer",
				body(get("/recruiter/company/logo").session(recruiter), 403));
		pages.put("sectors and towns", body(get("/admin/companies/sectors-and-towns").session(admin)));
		pages.put("town form with errors",
				body(post("/admin/companies/towns").session(admin)
					.with(csrf())
					.param("name", "")
					.param("region", "abroad")));
		var companyConflict = this.mvc
			.perform(post("/admin/companies/" + monzo).session(admin)
				.with(csrf())
				.param("version", "-1")
				.param("name", "Monzo"))
			.andReturn()
			.getResponse();
		assertThat(companyConflict.getStatus()).isEqualTo(409);
		pages.put("company edit conflict", companyConflict.getContentAsByteArray());
		long mlops = this.jdbc.queryForObject("SELECT id FROM role WHERE slug = 'mlops-engineer'", Long.class);
		pages.put("guides", body(get("/admin/guides").session(admin)));
		pages.put("new guide form", body(get("/admin/guides/new").session(admin)));
		pages.put("guide head", body(get("/admin/guides/" + mlops).session(admin)));
		pages.put("guide preview", body(get("/admin/guides/" + mlops + "/preview").session(admin)));
		for (String part : List.of("levels", "sections", "facts", "stack", "skills", "stages", "locations", "sectors",
				"companies", "faq", "gaps", "pay")) {
			pages.put("guide part " + part, body(get("/admin/guides/" + mlops + "/" + part).session(admin)));
		}
		var badPart = this.mvc
			.perform(post("/admin/guides/" + mlops + "/gaps").session(admin)
				.with(csrf())
				.param("version", "0")
				.param("rows[0].skill", "Odd")
				.param("rows[0].demand", "140"))
			.andReturn()
			.getResponse();
		assertThat(badPart.getStatus()).isEqualTo(400);
		pages.put("guide part with errors", badPart.getContentAsByteArray());
		var stalePart = this.mvc
			.perform(post("/admin/guides/" + mlops + "/stack").session(admin)
				.with(csrf())
				.param("version", "-1")
				.param("rows[0].category", "Serving")
				.param("rows[0].tools[0].name", "Docker")
				.param("rows[0].tools[0].why", "Images."))
			.andReturn()
			.getResponse();
		assertThat(stalePart.getStatus()).isEqualTo(409);
		pages.put("guide part conflict with the current entries", stalePart.getContentAsByteArray());
		for (Map.Entry<String, byte[]> page : pages.entrySet()) {
			assertThat(errorsIn(page.getValue())).as("Nu HTML Checker errors on the %s", page.getKey()).isEmpty();
		}
	}

	private byte[] body(MockHttpServletRequestBuilder request) throws Exception {
		return body(request, 200);
	}

	private byte[] body(MockHttpServletRequestBuilder request, int status) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return response.getContentAsByteArray();
	}

}
