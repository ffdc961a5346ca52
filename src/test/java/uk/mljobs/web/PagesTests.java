package uk.mljobs.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The home page and the error pages every feature relies on.
 */
@IntegrationTest
class PagesTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void homeShowsBothRoleGuidesHeadlinePayAndCompanies() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name(HomeController.VIEW_HOME))
			.andExpect(model().attribute("cards", hasSize(2)))
			.andExpect(model().attribute("companies", hasSize(11)))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(allOf(containsString("href=\"/roles/mlops-engineer\""),
					containsString("href=\"/roles/machine-learning-engineer\""),
					containsString("£38,000 to £200,000+ by level and region"),
					containsString("Median £70,000, typically £50,000–£105,000"), containsString("Booking.com"))));
	}

	@Test
	void everyPageHasOneLayoutWithLanguageCanonicalLinkAndSkipLink() throws Exception {
		for (String path : new String[] { "/", "/roles", "/roles/mlops-engineer", "/salaries", "/companies",
				"/companies/arm" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("<html lang=\"en-GB\">"),
						containsString("<link rel=\"canonical\" href=\"http://localhost:8080" + path + "\">"),
						containsString("href=\"#main\""), containsString("<main id=\"main\""),
						containsString("/css/site.css"), not(containsString("th:")))));
		}
	}

	@Test
	void unknownPathIsA404PageInTheLayout() throws Exception {
		this.mvc.perform(get("/no-such-page"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(allOf(containsString("We could not find that page"),
					containsString("href=\"/roles\""), not(containsString("Exception")))));
	}

	@Test
	void wrongMethodIsA405PageNotA500() throws Exception {
		this.mvc.perform(post("/salaries").with(csrf()))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(view().name("error/error"));
	}

	@Test
	void stylesheetIsServedByTheApp() throws Exception {
		this.mvc.perform(get("/css/site.css"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
	}

	@Test
	void healthIsUp() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("UP")));
	}

}
