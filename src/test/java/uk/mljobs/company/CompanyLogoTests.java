package uk.mljobs.company;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Company logos end to end on real PostgreSQL: an admin or the company's verified
 * employer uploads one; it is checked by its bytes, served at its content hash with
 * caching and safety headers, and shown on cards, pages and in JSON-LD; everyone else is
 * refused and nothing changes.
 */
@IntegrationTest
class CompanyLogoTests {

	private static final String COMPANY = "ocado-technology";

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CompanyLogos logos;

	private MockHttpSession admin;

	private long ocado;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
		this.ocado = companyId(COMPANY);
	}

	@AfterEach
	void takeLogosAway() {
		// Through the service, so cached pages and search vocabularies hear of it.
		this.jdbc.queryForList("SELECT company_id FROM company_logo", Long.class)
			.forEach((id) -> this.logos.remove(id, 0, CompanyLogos.By.VERIFIED_EMPLOYER));
		this.jdbc.update("DELETE FROM company_email_domain WHERE domain LIKE '%.example'");
	}

	@Test
	void anAdminUploadsEachTypeAndItIsServedAtItsHashForAYear() throws Exception {
		long logged = lastDecision();
		Map<String, byte[]> files = Map.of("image/png", LogoImages.png(400, 200), "image/jpeg",
				LogoImages.jpeg(300, 100), "image/webp", LogoImages.WEBP, "image/svg+xml",
				LogoImages.svg(LogoImages.SVG));
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			adminUpload("logo", file.getKey(), file.getValue())
				.andExpect(redirectedUrl("/admin/companies/" + this.ocado + "/logo"));
			CompanyLogo logo = this.logos.of(this.ocado).orElseThrow();
			assertThat(logo.type().mediaType()).isEqualTo(file.getKey());
			assertThat(logo.path()).matches("/companies/" + COMPANY + "/logo/[0-9a-f]{16}\\.(png|jpg|webp|svg)");
			MvcResult served = this.mvc.perform(get(logo.path()))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", file.getKey()))
				.andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
				.andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
				.andReturn();
			byte[] body = served.getResponse().getContentAsByteArray();
			assertThat(CompanyLogos.sha256(body)).startsWith(logo.fileName().substring(0, 16));
			if (!file.getKey().equals("image/svg+xml")) {
				assertThat(body).isEqualTo(file.getValue());
			}
			else {
				assertThat(new String(body, StandardCharsets.UTF_8)).contains("<rect").doesNotContain("inkscape");
				assertThat(served.getResponse().getHeader("Content-Security-Policy")).doesNotContain("script-src");
			}
		}
		// Each upload went into the admin log like any company edit.
		assertThat(this.jdbc.queryForList(
				"SELECT reason FROM moderation_decision WHERE subject = 'COMPANY' AND subject_id = ? "
						+ "AND action = 'EDIT' AND reason LIKE 'Logo uploaded:%' AND id > ?",
				String.class, this.ocado, logged))
			.hasSize(4)
			.anySatisfy((reason) -> assertThat(reason).startsWith("Logo uploaded: PNG, 400 × 200 px"));
		// Signed in, the same file is still cacheable: it names its content.
		this.mvc.perform(get(this.logos.of(this.ocado).orElseThrow().path()).session(this.admin))
			.andExpect(header().string("Cache-Control", "public, max-age=31536000, immutable"));
	}

	@Test
	void refusalsAreMessagesOnTheFormAndChangeNothing() throws Exception {
		adminUpload("logo", "image/png", LogoImages.png(100, 100)).andExpect(status().is3xxRedirection());
		CompanyLogo before = this.logos.of(this.ocado).orElseThrow();
		refused(adminUpload("logo.png", "image/png", LogoImages.gif(20, 20)), 400, "This file is a GIF");
		refused(adminUpload("logo.png", "image/png", new byte[600 * 1024]), 413, "a logo may be at most 512 KB");
		refused(adminUpload("logo.png", "image/png", LogoImages.png(3000, 10)), 400, "3,000 × 10 pixels");
		refused(adminUpload("logo.svg", "image/svg+xml", LogoImages
			.svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><script>alert(1)</script></svg>")), 400,
				"script element");
		refused(adminUpload("logo.svg", "image/svg+xml",
				LogoImages.svg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\" onload=\"alert(1)\"/>")),
				400, "event handler (onload)");
		refused(adminUpload("logo.svg", "image/svg+xml", LogoImages.svg(
				"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><image href=\"https://evil.example/x.png\"/></svg>")),
				400, "outside itself");
		refused(adminUpload("logo.svg", "image/svg+xml", LogoImages.svg(
				"<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")),
				400, "DOCTYPE");
		refused(this.mvc
			.perform(multipart("/admin/companies/" + this.ocado + "/logo").with(csrf()).session(this.admin)), 400,
				"Choose a PNG, JPEG, WebP or SVG file");
		assertThat(this.logos.of(this.ocado)).contains(before);
	}

	@Test
	void anOldHashLeadsToTheNewLogoAndNoLogoIsA404() throws Exception {
		long logged = lastDecision();
		adminUpload("a.png", "image/png", LogoImages.png(100, 100)).andExpect(status().is3xxRedirection());
		String first = this.logos.of(this.ocado).orElseThrow().path();
		adminUpload("b.png", "image/png", LogoImages.png(120, 100)).andExpect(status().is3xxRedirection());
		String second = this.logos.of(this.ocado).orElseThrow().path();
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(first)).andExpect(status().isFound()).andExpect(redirectedUrl(second));
		this.mvc.perform(get(first.replace(".png", ".svg"))).andExpect(redirectedUrl(second));
		this.mvc.perform(get("/companies/" + COMPANY + "/logo/not-a-hash.png")).andExpect(status().isNotFound());

		this.mvc.perform(post("/admin/companies/" + this.ocado + "/logo/delete").with(csrf()).session(this.admin))
			.andExpect(redirectedUrl("/admin/companies/" + this.ocado + "/logo"));
		assertThat(this.logos.of(this.ocado)).isEmpty();
		this.mvc.perform(get(second)).andExpect(status().isNotFound());
		this.mvc.perform(get("/companies/no-such-company/logo/0123456789abcdef.png")).andExpect(status().isNotFound());
		assertThat(
				this.jdbc.queryForObject(
						"SELECT count(*) FROM moderation_decision WHERE subject = 'COMPANY' "
								+ "AND subject_id = ? AND reason = 'Logo removed' AND id > ?",
						Long.class, this.ocado, logged))
			.isEqualTo(1);
	}

	@Test
	void onlyAdminsAndTheCompanysVerifiedEmployersMayChangeIt() throws Exception {
		MockMultipartFile png = new MockMultipartFile("file", "logo.png", "image/png", LogoImages.png(64, 64));
		// Anonymous: sent to sign in, on both pages.
		this.mvc.perform(multipart("/admin/companies/" + this.ocado + "/logo").file(png).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(multipart("/recruiter/company/logo").file(png).with(csrf()))
			.andExpect(redirectedUrl("/login"));
		// A recruiter at the company, vouched for but not on its domain: refused, with
		// why.
		MockHttpSession unverified = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, COMPANY, false),
				TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter/company/logo").session(unverified))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Only a verified employer can change")));
		this.mvc.perform(multipart("/recruiter/company/logo").file(png).with(csrf()).session(unverified))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/admin/companies/" + this.ocado + "/logo").file(png).with(csrf()).session(unverified))
			.andExpect(status().isForbidden());
		// Another company's verified employer changes their own company's logo, never
		// this one.
		this.jdbc.update("INSERT INTO company_email_domain (domain, company_id) VALUES ('deliveroo.example', ?)",
				companyId("deliveroo"));
		MockHttpSession rival = verifiedEmployer("deliveroo", "deliveroo.example");
		this.mvc.perform(multipart("/recruiter/company/logo").file(png).with(csrf()).session(rival))
			.andExpect(redirectedUrl("/recruiter/company/logo"));
		assertThat(this.logos.of(companyId("deliveroo"))).isPresent();
		// An admin is no recruiter.
		this.mvc.perform(get("/recruiter/company/logo").session(this.admin)).andExpect(status().isForbidden());
		assertThat(this.logos.of(this.ocado)).isEmpty();

		// The company's own verified employer may, and is recorded on the logo, not in
		// the admin log.
		this.jdbc.update("INSERT INTO company_email_domain (domain, company_id) VALUES ('ocado.example', ?)",
				this.ocado);
		MockHttpSession employer = verifiedEmployer(COMPANY, "ocado.example");
		this.mvc.perform(get("/recruiter/company/logo").session(employer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Upload logo")));
		this.mvc.perform(multipart("/recruiter/company/logo").file(png).with(csrf()).session(employer))
			.andExpect(redirectedUrl("/recruiter/company/logo"));
		assertThat(this.logos.of(this.ocado)).isPresent();
		assertThat(this.jdbc.queryForObject(
				"SELECT a.email FROM company_logo l JOIN account a ON a.id = l.uploaded_by WHERE l.company_id = ?",
				String.class, this.ocado))
			.endsWith("@ocado.example");
		refused(this.mvc.perform(multipart("/recruiter/company/logo")
			.file(new MockMultipartFile("file", "logo.svg", "image/svg+xml", LogoImages.gif(4, 4)))
			.with(csrf())
			.session(employer)), 400, "This file is a GIF");
		this.mvc.perform(post("/recruiter/company/logo/delete").with(csrf()).session(employer))
			.andExpect(redirectedUrl("/recruiter/company/logo"));
		assertThat(this.logos.of(this.ocado)).isEmpty();
		// Without the CSRF token nothing is uploaded.
		this.mvc.perform(multipart("/recruiter/company/logo").file(png).session(employer))
			.andExpect(status().isForbidden());
		assertThat(this.logos.of(this.ocado)).isEmpty();
	}

	@Test
	void theLogoShowsBesideTheNameOnCardsPagesAndInStructuredData() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, TestAccounts.recruiter(this.mvc, COMPANY, false),
				TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "Logo Card MLOps Engineer");
		long id = TestPostings.published(this.mvc, recruiter, this.admin, form);
		String posting = this.mvc.perform(get("/jobs/" + id)).andReturn().getResponse().getRedirectedUrl();

		// Before: a monogram of its initials, hidden from screen readers beside the name.
		Element monogram = page("/companies/" + COMPANY).selectFirst(".company-title .mark-monogram");
		assertThat(monogram.attr("data-initials")).isEqualTo("OT");
		assertThat(monogram.attr("aria-hidden")).isEqualTo("true");
		assertThat(monogram.className()).matches(".*mark-tone-[0-7].*");

		adminUpload("logo", "image/svg+xml", LogoImages.svg(LogoImages.SVG)).andExpect(status().is3xxRedirection());
		String path = this.logos.of(this.ocado).orElseThrow().path();

		Document company = page("/companies/" + COMPANY);
		assertLogo(company.selectFirst(".company-title img.mark"), path, "96");
		assertLogo(company.selectFirst(".live-postings .job-card img.mark"), path, "48");
		assertThat(jsonLd(company, "Organization").get("logo").asString()).startsWith("http").endsWith(path);

		assertLogo(page("/companies").selectFirst(".company-tile:has(a[href='/companies/" + COMPANY + "']) img.mark"),
				path, "48");

		Element card = page("/jobs?company=" + COMPANY).selectFirst("ol.job-list > li:has(a[href='" + posting + "'])");
		assertLogo(card.selectFirst("img.mark"), path, "48");
		assertThat(card.select(".chips .chip").eachText()).containsExactly("Pay: £110,000–£140,000 a year",
				"Location: London", "Work mode: Hybrid", "Terms: Permanent, full-time",
				card.selectFirst(".chip-posted").text());
		assertThat(card.selectFirst(".chip-posted time").attr("datetime")).matches("\\d{4}-\\d{2}-\\d{2}");

		Document job = page(posting);
		assertLogo(job.selectFirst(".posting-company img.mark"), path, "48");
		assertThat(jsonLd(job, "JobPosting").at("/hiringOrganization/logo").asString()).startsWith("http")
			.endsWith(path);
	}

	private static void assertLogo(Element img, String path, String size) {
		assertThat(img).as("a logo image").isNotNull();
		assertThat(img.attr("src")).isEqualTo(path);
		assertThat(img.attr("width")).isEqualTo(size);
		assertThat(img.attr("height")).isEqualTo(size);
		// The company's name is beside it: the image adds nothing for a screen reader.
		assertThat(img.hasAttr("alt")).isTrue();
		assertThat(img.attr("alt")).isEmpty();
	}

	private static JsonNode jsonLd(Document page, String type) {
		for (Element script : page.select("script[type=application/ld+json]")) {
			JsonNode node = JsonMapper.builder().build().readTree(script.data());
			if (type.equals(node.path("@type").asString())) {
				return node;
			}
		}
		throw new AssertionError("No " + type + " JSON-LD");
	}

	private ResultActions adminUpload(String name, String type, byte[] bytes) throws Exception {
		return this.mvc.perform(multipart("/admin/companies/" + this.ocado + "/logo")
			.file(new MockMultipartFile("file", name, type, bytes))
			.with(csrf())
			.session(this.admin));
	}

	private static void refused(ResultActions result, int status, String message) throws Exception {
		MvcResult answer = result.andExpect(status().is(status)).andReturn();
		Document page = Jsoup.parse(answer.getResponse().getContentAsString());
		assertThat(page.select("#file-error").text()).contains(message);
		assertThat(page.select(".error-summary a[href='#file']").text()).contains(message);
		assertThat(page.selectFirst("#file").attr("aria-invalid")).isEqualTo("true");
	}

	private MockHttpSession verifiedEmployer(String company, String domain) throws Exception {
		String email = "brand-" + UUID.randomUUID() + "@" + domain;
		TestAccounts.signUp(this.mvc, email, company, false);
		TestAccounts.confirmAddress(this.mvc, email);
		return TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
	}

	private Document page(String path) throws Exception {
		return Jsoup.parse(
				this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private long lastDecision() {
		return this.jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM moderation_decision", Long.class);
	}

	private long companyId(String slug) {
		return this.jdbc.queryForObject("SELECT id FROM company WHERE slug = ?", Long.class, slug);
	}

}
