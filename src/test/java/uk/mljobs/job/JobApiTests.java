package uk.mljobs.job;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.TestAccounts;
import uk.mljobs.support.TestPostings;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The JSON API's contract: shapes, paging, the same parameters as the site, and
 * problem+json for every error.
 */
@IntegrationTest
class JobApiTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void searchReturnsItemsFacetsAndPaging() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc,
				TestAccounts.recruiter(this.mvc, "natwest-group", false), TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String word = "apimark" + System.nanoTime();
		for (int i = 0; i < 3; i++) {
			Map<String, String> form = TestPostings.validForm();
			form.put("title", "API posting " + i);
			form.put("description", form.get("description") + " " + word);
			TestPostings.published(this.mvc, recruiter, admin, form);
		}
		this.mvc.perform(get("/api/v1/jobs").param("q", word).param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].title").value(startsWith("API posting")))
			.andExpect(jsonPath("$.items[0].company").value("NatWest Group"))
			.andExpect(jsonPath("$.items[0].url").value(startsWith("http://localhost:8080/jobs/")))
			.andExpect(jsonPath("$.items[0].workMode").value("hybrid"))
			.andExpect(jsonPath("$.items[0].type").value("permanent-full-time"))
			.andExpect(jsonPath("$.paging.total").value(3))
			.andExpect(jsonPath("$.paging.size").value(2))
			.andExpect(jsonPath("$.paging.next").value(startsWith("http://localhost:8080/api/v1/jobs?")))
			.andExpect(jsonPath("$.paging.next").value(endsWith("size=2")))
			.andExpect(jsonPath("$.facets[*].name").value(hasItem("role")));
	}

	@Test
	void onePostingAndTheSalaryBands() throws Exception {
		this.mvc.perform(get("/api/v1/salary-bands"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.role == 'mlops-engineer')].minGbp").value(hasItem(45000)))
			.andExpect(jsonPath(
					"$[?(@.role == 'mlops-engineer' && @.level == 'principal' && @.region == 'london')].maxGbp")
				.value(hasItem(200000)))
			.andExpect(
					jsonPath("$[?(@.level == 'principal')].openEnded").value(everyItem(org.hamcrest.Matchers.is(true))))
			.andExpect(jsonPath("$.length()").value(8));
		this.mvc.perform(get("/api/v1/jobs/999999999"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not Found"));
	}

	@Test
	void onePostingIsWhatItsPageShowsAndNothingOfItsBookkeeping() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc,
				TestAccounts.recruiter(this.mvc, "natwest-group", false), TestAccounts.PASSWORD);
		Map<String, String> form = TestPostings.validForm();
		form.put("title", "API detail posting");
		long id = TestPostings.published(this.mvc, recruiter, TestAccounts.admin(this.mvc), form);
		this.mvc.perform(get("/api/v1/jobs/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.title").value("API detail posting"))
			.andExpect(jsonPath("$.url").value(startsWith("http://localhost:8080/jobs/" + id + "/")))
			.andExpect(jsonPath("$.status").value("published"))
			.andExpect(jsonPath("$.acceptingApplications").value(true))
			.andExpect(jsonPath("$.company.slug").value("natwest-group"))
			.andExpect(jsonPath("$.company.name").value("NatWest Group"))
			.andExpect(jsonPath("$.role.slug").exists())
			.andExpect(jsonPath("$.workMode").value("hybrid"))
			.andExpect(jsonPath("$.type").value("permanent-full-time"))
			.andExpect(jsonPath("$.pay.unit").value("year"))
			.andExpect(jsonPath("$.pay.minGbp").isNumber())
			.andExpect(jsonPath("$.descriptionHtml").value(startsWith("<")))
			.andExpect(jsonPath("$.version").doesNotExist())
			.andExpect(jsonPath("$.views").doesNotExist())
			.andExpect(jsonPath("$.rejectionReason").doesNotExist())
			.andExpect(jsonPath("$.benchmark").doesNotExist());
	}

	@Test
	void itemsCarryPayAsFiguresBesideTheLabelAndDatesInIso8601() throws Exception {
		MockHttpSession recruiter = TestAccounts.signIn(this.mvc,
				TestAccounts.recruiter(this.mvc, "natwest-group", false), TestAccounts.PASSWORD);
		MockHttpSession admin = TestAccounts.admin(this.mvc);
		String word = "figuremark" + System.nanoTime();
		Map<String, String> salaried = TestPostings.validForm();
		salaried.put("description", salaried.get("description") + " " + word);
		long yearly = TestPostings.published(this.mvc, recruiter, admin, salaried);
		Map<String, String> contract = TestPostings.validForm();
		contract.put("description", contract.get("description") + " " + word);
		contract.put("employmentType", "CONTRACT");
		contract.put("ir35", "OUTSIDE");
		contract.put("payMin", "600");
		contract.put("payMax", "750");
		long daily = TestPostings.published(this.mvc, recruiter, admin, contract);
		this.mvc.perform(get("/api/v1/jobs").param("q", word))
			.andExpect(jsonPath("$.items[?(@.id == " + yearly + ")].pay").value(hasItem("£110,000–£140,000 a year")))
			.andExpect(jsonPath("$.items[?(@.id == " + yearly + ")].payRange.min").value(hasItem(110000)))
			.andExpect(jsonPath("$.items[?(@.id == " + yearly + ")].payRange.max").value(hasItem(140000)))
			.andExpect(jsonPath("$.items[?(@.id == " + yearly + ")].payRange.currency").value(hasItem("GBP")))
			.andExpect(jsonPath("$.items[?(@.id == " + yearly + ")].payRange.unit").value(hasItem("YEAR")))
			.andExpect(jsonPath("$.items[?(@.id == " + daily + ")].payRange.min").value(hasItem(600)))
			.andExpect(jsonPath("$.items[?(@.id == " + daily + ")].payRange.unit").value(hasItem("DAY")))
			.andExpect(jsonPath("$.items[*].postedAt")
				.value(everyItem(matchesPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"))))
			.andExpect(jsonPath("$.items[*].closesOn").value(everyItem(matchesPattern("\\d{4}-\\d{2}-\\d{2}"))));
		this.mvc.perform(get("/api/v1/jobs/" + daily))
			.andExpect(jsonPath("$.payRange.min").value(600))
			.andExpect(jsonPath("$.payRange.max").value(750))
			.andExpect(jsonPath("$.payRange.currency").value("GBP"))
			.andExpect(jsonPath("$.payRange.unit").value("DAY"))
			.andExpect(jsonPath("$.ir35").value("outside"))
			.andExpect(jsonPath("$.postedOn").value(matchesPattern("\\d{4}-\\d{2}-\\d{2}")))
			.andExpect(jsonPath("$.closesOn").value(matchesPattern("\\d{4}-\\d{2}-\\d{2}")));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "size, 101", "size, 0", "region, atlantis", "minPay, 7000", "page, 101", "q, ''" })
	void badParametersAreProblemJson(String name, String value) throws Exception {
		if (value.isEmpty()) {
			this.mvc.perform(get("/api/v1/jobs").param("q", "x".repeat(201)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
				.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("200 characters")));
			return;
		}
		this.mvc.perform(get("/api/v1/jobs").param(name, value))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(name)))
			.andExpect(jsonPath("$.instance").value("/api/v1/jobs"));
	}

	@Test
	void unknownApiPathsAreProblemJsonToo() throws Exception {
		this.mvc.perform(get("/api/v1/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		// Writing to the read-only API: a 405 saying what is allowed, not a CSRF refusal.
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/jobs"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string("Allow", "GET"))
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.status").value(405));
	}

	@Test
	void theOpenApiDescriptionCoversTheApi() throws Exception {
		this.mvc.perform(get("/api/docs/openapi.json"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(startsWith("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/jobs'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/jobs/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/salary-bands'].get").exists())
			// Every search parameter is described, not just mentioned in prose.
			.andExpect(jsonPath("$.paths['/api/v1/jobs'].get.parameters[*].name")
				.value(containsInAnyOrder("q", "role", "level", "region", "town", "near", "within", "remote",
						"workMode", "type", "minPay", "ir35", "clearance", "visa", "postedWithin", "company", "skill",
						"agency", "sort", "page", "size", "asOf", "after", "asTyped")))
			.andExpect(jsonPath("$.paths['/api/v1/jobs'].get.parameters[?(@.name == 'size')].schema.maximum")
				.value(hasItem(100)));
		this.mvc.perform(get("/api/docs"))
			.andExpect(status().is(greaterThanOrEqualTo(200)))
			.andExpect(status().is(lessThanOrEqualTo(399)));
	}

}
