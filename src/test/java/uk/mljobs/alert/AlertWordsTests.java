package uk.mljobs.alert;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What alert pages say to someone who has never seen the code: a broken link is called
 * one, and a contract's IR35 status is named with IR35.
 */
@IntegrationTest
class AlertWordsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void aBrokenOrStaleLinkSaysSoAndWhereToGoNext() throws Exception {
		for (String page : new String[] { "/alerts/confirm", "/alerts/unsubscribe", "/alerts/manage" }) {
			this.mvc.perform(get(page).param("alert", "999999999").param("sig", "forged"))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("This alert link has expired or is broken.")))
				.andExpect(content().string(containsString("ask for a new link on the job alerts page")))
				.andExpect(content().string(not(containsString("No alert called"))));
		}
	}

	@Test
	void anAlertOnAnIr35StatusNamesIr35() throws Exception {
		this.mvc.perform(get("/alerts/new").param("q", "qwxzplonk").param("ir35", "outside"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("“qwxzplonk” · Outside IR35")));
		this.mvc.perform(get("/alerts/new").param("q", "qwxzplonk").param("ir35", "inside"))
			.andExpect(content().string(containsString("“qwxzplonk” · Inside IR35")));
		// Where no facet of today's results names a value, the label names it itself.
		assertThat(Alerts.unlisted("ir35", "outside")).isEqualTo("Outside IR35");
		assertThat(Alerts.unlisted("ir35", "inside")).isEqualTo("Inside IR35");
		assertThat(Alerts.unlisted("workMode", "on-site")).isEqualTo("On site");
	}

}
