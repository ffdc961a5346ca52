package uk.mljobs.company;

import java.util.LinkedHashMap;
import java.util.List;
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

import uk.mljobs.support.AllAtOnce;
import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins list and edit companies, decide recruiters' proposals and add sectors and towns.
 * Every test takes away what it added, because other tests count the documents'
 * companies.
 */
@IntegrationTest
class CompanyCurationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private MockHttpSession admin;

	private long lastCompany;

	private long lastSector;

	private long lastTown;

	private long lastProposal;

	@BeforeEach
	void remember() throws Exception {
		this.admin = TestAccounts.admin(this.mvc);
		this.lastCompany = this.jdbc.queryForObject("SELECT max(id) FROM company", Long.class);
		this.lastSector = this.jdbc.queryForObject("SELECT max(id) FROM sector", Long.class);
		this.lastTown = this.jdbc.queryForObject("SELECT max(id) FROM town", Long.class);
		this.lastProposal = this.jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM company_proposal", Long.class);
	}

	@AfterEach
	void takeAway() {
		this.jdbc.update("DELETE FROM account WHERE company_proposal_id > ? OR company_id > ?", this.lastProposal,
				this.lastCompany);
		this.jdbc.update("DELETE FROM company_proposal WHERE id > ?", this.lastProposal);
		this.jdbc.update("DELETE FROM company WHERE id > ?", this.lastCompany);
		this.jdbc.update("DELETE FROM sector WHERE id > ?", this.lastSector);
		this.jdbc.update("DELETE FROM town WHERE id > ?", this.lastTown);
	}

	@Test
	void anAdminListsACompanyAndItsPublicPageShowsEverythingTheyEntered() throws Exception {
		this.mvc
			.perform(valid(post("/admin/companies"), "Quantum Ledger Ltd", "reason", "Asked for by readers", "logo",
					"https://quantum-ledger.example/brand/logo.svg"))
			.andExpect(redirectedUrlPattern("/admin/companies/*"));
		long id = newest();
		assertThat(this.jdbc.queryForObject("SELECT slug FROM company WHERE id = ?", String.class, id))
			.isEqualTo("quantum-ledger-ltd");
		this.mvc.perform(get("/companies/quantum-ledger-ltd"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quantum Ledger Ltd")))
			.andExpect(content().string(containsString("Prices bonds with gradient-boosted models.")))
			.andExpect(content().string(containsString("Bond pricing")))
			.andExpect(content().string(containsString("Risk models")))
			// The logo is for Google's markup only, never loaded by our pages.
			.andExpect(content().string(containsString("\"logo\":\"https://quantum-ledger.example/brand/logo.svg\"")))
			.andExpect(content().string(not(containsString("<img src=\"https://quantum-ledger.example"))));
		this.mvc.perform(get("/companies").param("town", "leeds"))
			.andExpect(content().string(containsString("Quantum Ledger Ltd")));
		assertThat(this.jdbc.queryForList("SELECT area FROM company_focus WHERE company_id = ? ORDER BY position",
				String.class, id))
			.containsExactly("Bond pricing", "Risk models");
		assertThat(this.jdbc.queryForMap(
				"SELECT action, reason, admin_id IS NOT NULL AS by_admin FROM moderation_decision WHERE subject = 'COMPANY' AND subject_id = ?",
				id))
			.containsEntry("action", "CREATE")
			.containsEntry("reason", "Asked for by readers")
			.containsEntry("by_admin", true);
	}

	@Test
	void badInputComesBackAsFieldMessagesAndNothingIsWritten() throws Exception {
		this.mvc
			.perform(post("/admin/companies").with(csrf())
				.session(this.admin)
				.param("name", " ")
				.param("sector", "atlantis")
				.param("locations", "London")
				.param("summary", "Something.")
				.param("website", "http://plain.example")
				.param("logo", "https://plain.example/about")
				.param("towns", "london", "el-dorado")
				.param("focus", "a\n".repeat(13)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the company&#39;s name.")))
			.andExpect(content().string(containsString("Choose a sector from the list.")))
			.andExpect(content().string(containsString("Enter a full https:// address")))
			.andExpect(content().string(containsString("Enter the https:// address of an image file")))
			.andExpect(content().string(containsString("Choose towns from the list.")))
			.andExpect(content().string(containsString("List at most 12 areas.")));
		this.mvc.perform(valid(post("/admin/companies"), "MONZO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("We list Monzo already: edit that company instead.")));
		assertThat(newest()).isEqualTo(this.lastCompany);
	}

	@Test
	void anEditShowsOnThePublicPageKeepsTheAddressAndIsLogged() throws Exception {
		this.mvc.perform(valid(post("/admin/companies"), "Edit Me Ltd"));
		long id = newest();
		this.mvc.perform(get("/admin/companies/" + id).session(this.admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		this.mvc
			.perform(valid(post("/admin/companies/" + id), "Edited Name Ltd", "summary", "Now ranks search results.",
					"version", "0"))
			.andExpect(redirectedUrl("/admin/companies/" + id));
		this.mvc.perform(get("/companies/edit-me-ltd"))
			.andExpect(content().string(containsString("Edited Name Ltd")))
			.andExpect(content().string(containsString("Now ranks search results.")));
		assertThat(this.jdbc.queryForList(
				"SELECT action FROM moderation_decision WHERE subject = 'COMPANY' AND subject_id = ? ORDER BY id",
				String.class, id))
			.containsExactly("CREATE", "EDIT");
	}

	@Test
	void aStaleEditGetsTheConflictPageWithBothVersionsAndChangesNothing() throws Exception {
		this.mvc.perform(valid(post("/admin/companies"), "Stale Ltd"));
		long id = newest();
		this.mvc.perform(
				valid(post("/admin/companies/" + id), "Stale Ltd", "summary", "First admin's words.", "version", "0"));
		this.mvc
			.perform(valid(post("/admin/companies/" + id), "Stale Ltd", "summary", "Second admin's words.", "version",
					"0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Someone else changed this company")))
			.andExpect(content().string(containsString("First admin&#39;s words.")))
			.andExpect(content().string(containsString("Second admin&#39;s words.")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(this.jdbc.queryForObject("SELECT summary FROM company WHERE id = ?", String.class, id))
			.isEqualTo("First admin's words.");
	}

	@Test
	void ofConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
		this.mvc.perform(valid(post("/admin/companies"), "Race Ltd"));
		long id = newest();
		List<Integer> statuses = AllAtOnce.run(5,
				(i) -> () -> this.mvc
					.perform(valid(post("/admin/companies/" + id), "Race Ltd", "summary", "Editor " + i + " was here.",
							"version", "0"))
					.andReturn()
					.getResponse()
					.getStatus());
		assertThat(statuses).containsOnly(302, 409).filteredOn((code) -> code == 302).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT version FROM company WHERE id = ?", Integer.class, id))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM moderation_decision WHERE subject = 'COMPANY' AND subject_id = ? AND action = 'EDIT'",
				Integer.class, id))
			.isEqualTo(1);
	}

	@Test
	void aProposalForAListedEmployerIsMergedAndItsRecruiterPostsForThatCompany() throws Exception {
		String email = "merge-" + UUID.randomUUID() + "@example.com";
		long proposal = propose(email, "Monzo Bank");
		long monzo = this.jdbc.queryForObject("SELECT id FROM company WHERE slug = 'monzo'", Long.class);
		this.mvc.perform(get("/admin/companies").session(this.admin))
			.andExpect(content().string(containsString("Monzo Bank")));
		this.mvc
			.perform(post("/admin/companies/proposals/" + proposal + "/merge").with(csrf())
				.session(this.admin)
				.param("company", String.valueOf(monzo)))
			.andExpect(redirectedUrl("/admin/companies"));
		assertThat(this.jdbc.queryForMap("SELECT status, company_id FROM company_proposal WHERE id = ?", proposal))
			.containsEntry("status", "MERGED")
			.containsEntry("company_id", monzo);
		assertThat(this.jdbc.queryForObject("SELECT company_id FROM account WHERE email = ?", Long.class, email))
			.isEqualTo(monzo);
		assertThat(newest()).as("no second company").isEqualTo(this.lastCompany);
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc, email, TestAccounts.PASSWORD);
		this.mvc.perform(get("/recruiter").session(recruiter))
			.andExpect(content().string(containsString("Post a new opening")));
		// Decided once: a second decision finds no pending proposal.
		this.mvc
			.perform(post("/admin/companies/proposals/" + proposal + "/merge").with(csrf())
				.session(this.admin)
				.param("company", String.valueOf(monzo)))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRejectionNeedsAReasonAndAnApprovalListsTheCompany() throws Exception {
		String email = "approve-" + UUID.randomUUID() + "@example.com";
		long proposal = propose(email, "Brand New Robotics");
		this.mvc
			.perform(post("/admin/companies/proposals/" + proposal + "/reject").with(csrf())
				.session(this.admin)
				.param("reason", " "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Give the reason; it goes into the admin log.")));
		assertThat(this.jdbc.queryForObject("SELECT status FROM company_proposal WHERE id = ?", String.class, proposal))
			.isEqualTo("PENDING");
		this.mvc
			.perform(post("/admin/companies/proposals/" + proposal + "/approve").with(csrf())
				.session(this.admin)
				.param("sector", "financial-services"))
			.andExpect(redirectedUrlPattern("/admin/companies/*"));
		this.mvc.perform(get("/companies/brand-new-robotics")).andExpect(status().isOk());
	}

	@Test
	void anAdminAddsASectorAndATownThatCompanyFormsOfferAtOnce() throws Exception {
		this.mvc.perform(
				post("/admin/companies/sectors").with(csrf()).session(this.admin).param("name", "Space and Satellites"))
			.andExpect(redirectedUrl("/admin/companies/sectors-and-towns"));
		this.mvc.perform(
				post("/admin/companies/sectors").with(csrf()).session(this.admin).param("name", "space AND satellites"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("That sector is listed already.")));
		this.mvc
			.perform(post("/admin/companies/towns").with(csrf())
				.session(this.admin)
				.param("name", "Harwell")
				.param("region", "rest-of-uk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the latitude of the town centre")));
		this.mvc
			.perform(post("/admin/companies/towns").with(csrf())
				.session(this.admin)
				.param("name", "Harwell")
				.param("region", "rest-of-uk")
				.param("latitude", "51.5766")
				.param("longitude", "4.4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("where UK towns lie")));
		this.mvc
			.perform(post("/admin/companies/towns").with(csrf())
				.session(this.admin)
				.param("name", "Harwell")
				.param("region", "rest-of-uk")
				.param("latitude", "51.5766")
				.param("longitude", "-1.3089"))
			.andExpect(redirectedUrl("/admin/companies/sectors-and-towns"));
		this.mvc
			.perform(post("/admin/companies/towns").with(csrf())
				.session(this.admin)
				.param("name", "Rotterdam")
				.param("region", "abroad")
				.param("country", "GB"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("two-letter country code")));
		this.mvc
			.perform(post("/admin/companies/towns").with(csrf())
				.session(this.admin)
				.param("name", "Rotterdam")
				.param("region", "abroad")
				.param("country", "nl")
				.param("latitude", "51.9244")
				.param("longitude", "4.4777"))
			.andExpect(redirectedUrl("/admin/companies/sectors-and-towns"));
		assertThat(this.jdbc.queryForMap("SELECT country, region_id FROM town WHERE slug = 'rotterdam'"))
			.containsEntry("country", "NL")
			.containsEntry("region_id", null);
		assertThat(this.jdbc.queryForObject("SELECT latitude FROM town WHERE slug = 'harwell'", Double.class))
			.isEqualTo(51.5766);
		this.mvc.perform(get("/admin/companies/new").session(this.admin))
			.andExpect(content().string(containsString("Space and Satellites")))
			.andExpect(content().string(containsString("value=\"harwell\"")));
		this.mvc
			.perform(valid(post("/admin/companies"), "Orbital Vision", "sector", "space-and-satellites", "towns",
					"harwell"))
			.andExpect(redirectedUrlPattern("/admin/companies/*"));
		this.mvc.perform(get("/companies").param("town", "harwell"))
			.andExpect(content().string(containsString("Orbital Vision")))
			.andExpect(content().string(not(containsString("Monzo"))));
		assertThat(this.jdbc.queryForList(
				"SELECT subject || ' ' || subject_label FROM moderation_decision WHERE subject IN ('SECTOR', 'TOWN') AND action = 'CREATE'",
				String.class))
			.contains("SECTOR Space and Satellites", "TOWN Harwell", "TOWN Rotterdam");
	}

	/**
	 * A complete, valid company form for {@code name}; {@code overrides} are name, value
	 * pairs that replace the defaults.
	 */
	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder request, String name,
			String... overrides) {
		Map<String, String[]> params = new LinkedHashMap<>();
		params.put("name", new String[] { name });
		params.put("sector", new String[] { "financial-services" });
		params.put("locations", new String[] { "Leeds/London" });
		params.put("remoteUk", new String[] { "true" });
		params.put("summary", new String[] { "Prices bonds with gradient-boosted models." });
		params.put("website", new String[] { "https://quantum-ledger.example/careers" });
		params.put("towns", new String[] { "leeds", "london" });
		params.put("focus", new String[] { "Bond pricing\n\n  Risk models  \n" });
		params.put("version", new String[] { "" });
		for (int i = 0; i < overrides.length; i += 2) {
			params.put(overrides[i], new String[] { overrides[i + 1] });
		}
		MockHttpServletRequestBuilder built = request.with(csrf()).session(this.admin);
		params.forEach(built::param);
		return built;
	}

	private long newest() {
		return this.jdbc.queryForObject("SELECT max(id) FROM company", Long.class);
	}

	private long propose(String email, String company) throws Exception {
		this.mvc.perform(post("/register").with(csrf()).with((request) -> {
			request.setRemoteAddr("198.51.100." + (int) (Math.random() * 250));
			return request;
		})
			.param("email", email)
			.param("password", TestAccounts.PASSWORD)
			.param("name", "Test Recruiter")
			.param("company", "propose")
			.param("agency", "false")
			.param("proposedCompanyName", company)
			.param("proposedCompanyWebsite", "https://proposed.example")).andExpect(redirectedUrlPattern("/login*"));
		return this.jdbc.queryForObject("SELECT id FROM company_proposal WHERE name = ?", Long.class, company);
	}

}
