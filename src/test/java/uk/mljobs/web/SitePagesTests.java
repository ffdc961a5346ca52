package uk.mljobs.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages every site owes its users exist, say what they must, and every page links to
 * them from its footer.
 */
@IntegrationTest
class SitePagesTests {

	@Autowired
	private MockMvc mvc;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/privacy | Lawful basis   | SESSION        | ico.org.uk
			/terms   | 1.6 times      | England and Wales | pay to apply
			/about   | open-source    | reviewed by an admin | /api/docs
			/contact | hello@mljobs.uk | Never pay to apply | /login/forgot
			""")
	void eachPageSaysWhatItMust(String path, String first, String second, String third) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(first), containsString(second), containsString(third))));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/", "/jobs", "/login", "/privacy" })
	void theFooterLinksToThemAll(String path) throws Exception {
		this.mvc.perform(get(path))
			.andExpect(content().string(allOf(containsString("href=\"/about\""), containsString("href=\"/contact\""),
					containsString("href=\"/privacy\""), containsString("href=\"/terms\""))));
	}

}
