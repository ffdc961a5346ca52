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
		assertThat(within).contains("£125,000 a year is typical for Senior MLOps Engineer roles in London.")
			.contains("Judged against the curated band (£100,000–£150,000).")
			// Thirds turn at £116,667 and £133,333; past the middle, three-quarters of
			// the way up is £137,500.
			.contains("Suggested ask: £137,500 a year (three-quarters of the way up the curated band)")
			.contains("Within the curated band (£100,000–£150,000), 50% of the way from its bottom to its top.")
			// 12 months: 100k to 140k and the 200k that ended eight months ago; median
			// 125k, P75 137.5k.
			.contains("Among 6 advertised Senior MLOps Engineer salaries in London in the last 12 months, it sits "
					+ "between the median (£125,000) and the 75th percentile.");
		assertThat(checker("role", "mlops-engineer", "level", "senior", "region", "london", "salary", "90000"))
			.contains("£90,000 a year is below the usual range for Senior MLOps Engineer roles in London.")
			.contains("Suggested ask: £125,000 a year (the middle of the curated band)")
			.contains("Below the curated band (£100,000–£150,000) by £10,000.")
			.contains("it sits below the 10th percentile (£105,000)");
		assertThat(checker("role", "mlops-engineer", "level", "principal", "region", "london", "salary", "250000"))
			.contains("£250,000 a year is on the high side for Principal / Head of ML Platform roles in London.")
			.contains("Suggested ask: £250,000 a year (your own figure, already in the upper part of the curated band)")
			.contains("Above the published floor of the curated band's open-ended top (£150,000–£200,000+).")
			.contains("Not enough advertised Principal / Head of ML Platform salaries in London in the last 12 months "
					+ "to compare (0 postings; we need 5).");
		assertThat(checker("role", "mlops-engineer", "level", "senior", "region", "rest-of-uk", "salary", "90000"))
			.contains("(4 postings; we need 5)");
	}

	@Test
	void theCheckerTakesDayRatesApart() throws Exception {
		assertThat(checker("role", "mlops-engineer", "level", "senior", "region", "london", "dayRate", "620"))
			.contains("£620 a day is typical for MLOps Engineer contracts in London.")
			.contains("Judged against the published day rates for the role (£500–£850 a day, UK).")
			.contains("Suggested ask: £675 a day (the middle of the published range)")
			.contains("Within the published day rates (£500–£850)")
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
			.contains("<desc id=\"chart-desc\">£125,000 a year is typical for Senior MLOps Engineer roles in London.")
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

	@Test
	void anMlEngineerIsJudgedAgainstThePublishedMarketFiguresAndSaysSo() throws Exception {
		// London: median £85,000 with the UK range £50,000–£105,000, typical from £76,500
		// to £93,500.
		assertThat(checker("role", "machine-learning-engineer", "level", "mid", "region", "london", "salary", "60000"))
			.contains("£60,000 a year is on the low side for Machine Learning Engineer roles in London.")
			.contains("Judged against the published market figures for the role, which cover every level: a London "
					+ "median of £85,000 and a typical UK range of £50,000–£105,000.")
			.contains("Suggested ask: £85,000 a year (the London median for the role)")
			.contains("The published London median for Machine Learning Engineer roles is £85,000; £60,000 is £25,000 "
					+ "under it. The typical UK range, across every level, is £50,000–£105,000.")
			.contains("Not enough advertised Machine Learning Engineer salaries in London")
			.doesNotContain("no curated band");
		// The rest of the UK: the UK median, £70,000; typical from £63,000 to £77,000.
		assertThat(checker("role", "machine-learning-engineer", "level", "senior", "region", "rest-of-uk", "salary",
				"72000"))
			.contains("£72,000 a year is typical for Senior Machine Learning Engineer roles in the rest of the UK.")
			.contains("Suggested ask: £87,500 a year (halfway from the median to the top of the typical range)");
		assertThat(
				checker("role", "machine-learning-engineer", "level", "head", "region", "london", "salary", "140000"))
			.contains("£140,000 a year is above the usual range for Head of Machine Learning roles in London.");
	}

	@Test
	void anMlEngineersDayRateIsReadAgainstTheLondonMedian() throws Exception {
		// £750 in London, within the UK's £500–£900: typical from £675 to £825.
		assertThat(checker("role", "machine-learning-engineer", "level", "mid", "region", "london", "dayRate", "700"))
			.contains("£700 a day is typical for Machine Learning Engineer contracts in London.")
			.contains("Judged against the published day rates for the role: a London median of £750 and a UK range of "
					+ "£500–£900.")
			.contains("Suggested ask: £750 a day (the London median day rate)");
		assertThat(
				checker("role", "machine-learning-engineer", "level", "mid", "region", "rest-of-uk", "dayRate", "450"))
			.contains(
					"£450 a day is below the usual range for Machine Learning Engineer contracts in the rest of the UK.")
			.contains("Suggested ask: £650 a day (the UK median day rate)");
	}

	@Test
	void everyPublishedRoleAndLevelGetsOneVerdict() throws Exception {
		for (var entry : this.market.levelsByRole().entrySet()) {
			for (var level : entry.getValue()) {
				for (String region : new String[] { "london", "rest-of-uk" }) {
					String page = checker("role", entry.getKey().slug(), "level", level.slug(), "region", region,
							"salary", "80000");
					assertThat(page).as("%s %s %s", entry.getKey().slug(), level.slug(), region)
						.containsPattern("£80,000 a year is (below the usual range|on the low side|typical|on the high "
								+ "side|above the usual range) for ")
						.contains("Suggested ask: ")
						.doesNotContain("There is not enough to judge");
				}
			}
		}
	}

	@Test
	void onceARoleIsChosenOnlyItsLevelsAreOffered() throws Exception {
		org.jsoup.nodes.Document any = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/salaries/checker")).andReturn().getResponse().getContentAsString());
		assertThat(any.select("#level optgroup").eachAttr("data-role")).containsExactly("mlops-engineer",
				"machine-learning-engineer");
		org.jsoup.nodes.Document chosen = org.jsoup.Jsoup
			.parse(this.mvc.perform(get("/salaries/checker").param("role", "machine-learning-engineer"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(chosen.select("#level optgroup").eachAttr("data-role")).containsExactly("machine-learning-engineer");
		assertThat(chosen.select("#level option").eachText()).contains("Head of Machine Learning")
			.doesNotContain("Senior MLOps Engineer");
		assertThat(chosen.select("script[src]").eachAttr("src"))
			.anyMatch((src) -> src.matches("/js/checker-[0-9a-f]{32}\\.js"));
	}

}
