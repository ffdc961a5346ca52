package uk.mljobs.salary;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.mljobs.support.PageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The salary checker, on {@link AdvertisedPayFixture}'s postings.
 */
class SalaryCheckerTests extends AdvertisedPayFixture {

	@Test
	void theCheckerPlacesASalaryInTheBandAndAmongAdvertisedPay() throws Exception {
		String within = checker("role", "mlops-engineer", "level", "senior", "region", "london", "salary", "£125,000");
		assertThat(within).contains("£125,000 a year for Senior MLOps Engineer in London")
			.contains("Within the curated band (£100,000–£150,000), 50% of the way from its bottom to its top.")
			// 12 months: 100k to 140k and the 200k that ended eight months ago; median
			// 125k, P75 137.5k.
			.contains("Among 6 advertised Senior MLOps Engineer salaries in London in the last 12 months, it sits "
					+ "between the median (£125,000) and the 75th percentile.");
		assertThat(checker("role", "mlops-engineer", "level", "senior", "region", "london", "salary", "90000"))
			.contains("Below the curated band (£100,000–£150,000) by £10,000.")
			.contains("it sits below the 10th percentile (£105,000)");
		assertThat(checker("role", "mlops-engineer", "level", "principal", "region", "london", "salary", "250000"))
			.contains("Above the published floor of the curated band's open-ended top (£150,000–£200,000+).")
			.contains("Not enough advertised Principal / Head of ML Platform salaries in London in the last 12 months "
					+ "to compare (0 postings; we need 5).");
		assertThat(checker("role", "mlops-engineer", "level", "senior", "region", "rest-of-uk", "salary", "90000"))
			.contains("(4 postings; we need 5)");
	}

	@Test
	void theCheckerTakesDayRatesApart() throws Exception {
		assertThat(checker("role", "mlops-engineer", "level", "senior", "region", "london", "dayRate", "620"))
			.contains("£620 a day for MLOps Engineer contracts in London")
			.contains("Within the typical day rate (£500–£850)")
			.contains("Among 5 advertised MLOps Engineer contract day rates in London in the last 12 months, it sits "
					+ "between the median (£600) and the 75th percentile.");
	}

	@Test
	void theCheckerDrawsALabelledChartWithATableBehindIt() throws Exception {
		String html = this.mvc
			.perform(get("/salaries/checker").param("role", "mlops-engineer")
				.param("level", "senior")
				.param("region", "london")
				.param("salary", "125000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("role=\"img\" aria-labelledby=\"chart-title chart-desc\"")
			.contains("<title id=\"chart-title\">Where £125,000 a year sits</title>")
			.contains("<desc id=\"chart-desc\">Within the curated band")
			.contains("class=\"chart-box\"")
			.contains("<caption>The figures behind the picture</caption>");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "salary=-5|Enter the salary as whole pounds, like 65000.",
			"salary=5000000|Enter a salary from £10,000 to £1,000,000.",
			"dayRate=99999|Enter a day rate from £100 to £5,000.", "salary=lots|Enter the salary as whole pounds",
			"level=wizard&salary=90000|Choose a level of this role.",
			"salary=90000&dayRate=500|Enter a salary or a day rate, not both.",
			"region=atlantis&salary=90000|Choose a region." })
	void theCheckerSendsBadInputBackToTheFormWithAMessage(String query, String message) throws Exception {
		var request = get("/salaries/checker").param("role", "mlops-engineer")
			.param("level", "senior")
			.param("region", "london");
		for (String pair : query.split("&")) {
			String[] parts = pair.split("=", 2);
			request.param(parts[0], parts[1]);
		}
		String html = this.mvc.perform(request)
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(html)).contains(message).doesNotContain("The figures behind the picture");
	}

	@Test
	void theGuidesCheckASalaryLinkOpensTheFormWithTheRoleChosenNotAnError() throws Exception {
		String html = this.mvc.perform(get("/salaries/checker").param("role", "mlops-engineer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(PageText.of(html)).doesNotContain("There is a problem").doesNotContain("The figures behind");
		assertThat(org.jsoup.Jsoup.parse(html).select("#role option[selected]").attr("value"))
			.isEqualTo("mlops-engineer");
		// Chosen level and region but no pay: that is a question left out, and says so.
		this.mvc
			.perform(get("/salaries/checker").param("role", "mlops-engineer")
				.param("level", "senior")
				.param("region", "london"))
			.andExpect(status().isBadRequest());
	}

	private String checker(String... pairs) throws Exception {
		var request = get("/salaries/checker");
		for (int i = 0; i < pairs.length; i += 2) {
			request.param(pairs[i], pairs[i + 1]);
		}
		return PageText
			.of(this.mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

}
