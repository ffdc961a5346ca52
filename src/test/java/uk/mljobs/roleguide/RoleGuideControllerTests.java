package uk.mljobs.roleguide;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import uk.mljobs.support.IntegrationTest;
import uk.mljobs.support.PageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class RoleGuideControllerTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void listsBothGuides() throws Exception {
		this.mvc.perform(get("/roles"))
			.andExpect(status().isOk())
			.andExpect(view().name(RoleGuideController.VIEW_LIST))
			.andExpect(model().attribute("roles", hasSize(2)));
	}

	@Test
	void mlopsGuideHasEveryTopicItsSourceSupports() throws Exception {
		MvcResult result = this.mvc.perform(get("/roles/mlops-engineer"))
			.andExpect(status().isOk())
			.andExpect(view().name(GuidePageModel.VIEW_GUIDE))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<GuideTopic> topics = (List<GuideTopic>) result.getModelAndView().getModel().get("topics");
		assertThat(topics).containsExactly(GuideTopic.OVERVIEW, GuideTopic.DAY_TO_DAY, GuideTopic.STACK, GuideTopic.PAY,
				GuideTopic.CONTRACTING, GuideTopic.CAREER, GuideTopic.LOCATIONS, GuideTopic.SECTORS,
				GuideTopic.COMPANIES, GuideTopic.GETTING_HIRED, GuideTopic.FAQ);
	}

	@Test
	void mlEngineerGuideHasSkillsGapsButNoMlopsOnlySections() throws Exception {
		MvcResult result = this.mvc.perform(get("/roles/machine-learning-engineer"))
			.andExpect(status().isOk())
			.andReturn();
		@SuppressWarnings("unchecked")
		List<GuideTopic> topics = (List<GuideTopic>) result.getModelAndView().getModel().get("topics");
		assertThat(topics)
			.contains(GuideTopic.OVERVIEW, GuideTopic.SKILLS, GuideTopic.PAY, GuideTopic.CONTRACTING, GuideTopic.CAREER)
			.doesNotContain(GuideTopic.LOCATIONS, GuideTopic.SECTORS, GuideTopic.COMPANIES, GuideTopic.FAQ);
		String text = PageText.of(result.getResponse().getContentAsString());
		assertThat(text).contains("70%", "28%", "42-point gap", "~24 months", "£650 a day")
			.doesNotContain("Container Orchestration", "Monzo");
	}

	@Test
	void skillsGapsAreOneLabelledChartWithATableBehindIt() throws Exception {
		Document page = Jsoup.parse(this.mvc.perform(get("/roles/machine-learning-engineer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		Element chart = page.selectFirst("svg#gaps-machine-learning-engineer-chart");
		assertThat(chart).isNotNull();
		assertThat(page.select("svg.gap-chart")).hasSize(1);
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.attr("aria-labelledby"))
			.isEqualTo("gaps-machine-learning-engineer-title gaps-machine-learning-engineer-desc");
		assertThat(chart.selectFirst("title").text())
			.isEqualTo("Machine Learning Engineer skills gaps: employer demand against candidate supply");
		assertThat(chart.selectFirst("desc").text()).contains("LLM Fine-tuning & RAG, 38% against 12%")
			.endsWith("The table below gives the figures.");
		// A pair of bars per gap, as published: 2.4 units a percentage point.
		assertThat(chart.select("rect.gap-demand").eachAttr("width")).containsExactly("168", "156", "91", "84");
		assertThat(chart.select("rect.gap-supply").eachAttr("width")).containsExactly("67", "84", "29", "36");
		assertThat(chart.select("text.gap-value").eachText()).startsWith("70% of employers", "28% of candidates");
		// The legend says in words which bar is which; colour is not the only clue.
		assertThat(chart.parent().selectFirst("figcaption").text()).contains("Employer demand", "Candidate supply");
		Element table = page.selectFirst("table:has(caption:contains(skills gaps))");
		assertThat(table.select("thead th").eachText()).containsExactly("Skill", "Employer demand", "Candidate supply",
				"Gap");
		assertThat(table.select("tbody tr").eachText()).hasSize(4)
			.first()
			.satisfies((row) -> assertThat(row).startsWith("Production MLOps (").endsWith(") 70% 28% 42 points"));
		// Each gap keeps the reason behind it.
		assertThat(page.select(".gap-card p").eachText()).hasSize(4)
			.first()
			.asString()
			.startsWith("42-point gap: Most applicants");
	}

	@Test
	void salaryTableKeepsTheTablesExperienceAndProgressionKeepsItsOwn() throws Exception {
		String text = PageText
			.of(this.mvc.perform(get("/roles/mlops-engineer")).andReturn().getResponse().getContentAsString());
		// The salary table publishes 2–5 and 8+ years; the career ladder publishes 2–4
		// and 7+.
		// Seeded bands say where they come from, not a review nobody made.
		assertThat(text).contains("MLOps Engineer 2–5 years £65,000–£100,000 £55,000–£85,000 ")
			.contains("Principal / Head of ML Platform 8+ years £150,000–£200,000+ £120,000–£170,000+ ")
			.contains("From the 2026 guide, not yet reviewed.")
			.contains("£65,000–£100,000 2–4 years")
			.contains("£150,000–£200,000+ 7+ years");
	}

	@Test
	void guideCarriesOccupationStructuredDataWithSalaries() throws Exception {
		this.mvc.perform(get("/roles/mlops-engineer"))
			.andExpect(content().string(allOf(containsString("<script type=\"application/ld+json\">"),
					containsString("\"@type\":\"Occupation\""), containsString("\"estimatedSalary\""),
					containsString("\"currency\":\"GBP\""), containsString("\"minValue\":45000"),
					containsString("\"maxValue\":200000"))));
	}

	@Test
	void unknownRoleIsA404() throws Exception {
		this.mvc.perform(get("/roles/astronaut"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(allOf(containsString("We could not find that role guide."),
					not(containsString("NotFoundException")))));
	}

	@Test
	void hostileSlugIsEscapedInTheErrorPage() throws Exception {
		this.mvc.perform(get("/roles/<script>alert(1)</script>"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

}
