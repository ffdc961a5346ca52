package uk.mljobs.salary;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class SalaryControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void showsEveryBandOfEveryRole() throws Exception {
		MvcResult result = this.mvc.perform(get("/salaries"))
			.andExpect(status().isOk())
			.andExpect(view().name(SalaryController.VIEW_LIST))
			.andExpect(model().attribute("pay", hasSize(2)))
			.andReturn();
		String text = PageText.of(result.getResponse().getContentAsString());
		// Seeded bands carry no review date until an admin reviews one; the table says
		// where they come from instead of the day the database was made.
		assertThat(text).contains("Junior MLOps Engineer 0–2 years £45,000–£65,000 £38,000–£55,000 ")
			.contains("Senior MLOps Engineer 5–8 years £100,000–£150,000 £80,000–£125,000 ")
			.contains("From the 2026 guide, not yet reviewed.")
			.doesNotContain("Last reviewed")
			.contains("£500–£850 a day", "£70,000", "£85,000", "£750 a day", "Source:");
	}

	@Test
	void filtersByRoleAndRegionWithShareableParameters() throws Exception {
		MvcResult result = this.mvc.perform(get("/salaries").param("role", "mlops-engineer").param("region", "london"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("pay", hasSize(1)))
			.andExpect(
					content().string(containsString("<option value=\"london\" selected=\"selected\">London</option>")))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<RolePay> pay = (List<RolePay>) result.getModelAndView().getModel().get("pay");
		assertThat(pay.get(0).table().regions()).extracting("slug").containsExactly("london");
		String text = PageText.of(result.getResponse().getContentAsString());
		assertThat(text).contains("£45,000–£65,000")
			.doesNotContain("£38,000–£55,000", "Machine Learning Engineer median");
	}

	@Test
	void rejectsUnknownRegionWithA400ThatSaysWhatIsAllowed() throws Exception {
		this.mvc.perform(get("/salaries").param("region", "atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"))
			.andExpect(content().string(containsString("Use one of: london, rest-of-uk.")));
	}

	@Test
	void rejectsUnknownRoleWithA400() throws Exception {
		this.mvc.perform(get("/salaries").param("role", "wizard"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Use one of: mlops-engineer, machine-learning-engineer.")));
	}

	@Test
	void blankFiltersMeanAll() throws Exception {
		this.mvc.perform(get("/salaries").param("role", "").param("region", ""))
			.andExpect(status().isOk())
			.andExpect(model().attribute("pay", hasSize(2)));
	}

}
