package uk.mljobs.company;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.mljobs.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class CompanyControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void listsAllElevenCompaniesByName() throws Exception {
		MvcResult result = this.mvc.perform(get("/companies"))
			.andExpect(status().isOk())
			.andExpect(view().name(CompanyController.VIEW_LIST))
			.andExpect(model().attribute("companies", hasSize(11)))
			.andReturn();
		assertThat(names(result)).first().isEqualTo("Arm");
	}

	@Test
	void filtersBySector() throws Exception {
		MvcResult result = this.mvc.perform(get("/companies").param("sector", "financial-services"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(names(result)).containsExactly("Lloyds Banking Group", "NatWest Group");
	}

	@Test
	void filtersByTownIncludingCompaniesWithSeveralTowns() throws Exception {
		MvcResult result = this.mvc.perform(get("/companies").param("town", "ipswich"))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(names(result)).containsExactly("BT Group AI Labs");
	}

	@Test
	void combinedFiltersThatMatchNothingSaySo() throws Exception {
		this.mvc.perform(get("/companies").param("sector", "financial-services").param("town", "cambridge"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("companies", hasSize(0)))
			.andExpect(content().string(containsString("No company matches these filters.")));
	}

	@Test
	void rejectsUnknownSectorOrTownWith400() throws Exception {
		this.mvc.perform(get("/companies").param("sector", "piracy")).andExpect(status().isBadRequest());
		this.mvc.perform(get("/companies").param("town", "atlantis"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is not a known town")));
	}

	@Test
	void companyPageShowsFocusRequirementAndOrganizationData() throws Exception {
		this.mvc.perform(get("/companies/gchq-ncsc"))
			.andExpect(status().isOk())
			.andExpect(view().name(CompanyController.VIEW_DETAIL))
			.andExpect(content().string(allOf(containsString("GCHQ / NCSC"), containsString("Cheltenham and London"),
					containsString("Intelligence / National Security"), containsString("\"@type\":\"Organization\""),
					containsString("clearance"))));
	}

	@Test
	void unknownCompanyIsA404() throws Exception {
		this.mvc.perform(get("/companies/acme")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> names(MvcResult result) {
		return ((List<CompanyView>) result.getModelAndView().getModel().get("companies")).stream()
			.map(CompanyView::name)
			.toList();
	}

}
