package uk.mljobs.salary;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import uk.mljobs.salary.RoleInsights.AnnualRow;
import uk.mljobs.salary.RoleInsights.DailyRow;
import uk.mljobs.support.HtmlChecker;
import uk.mljobs.support.PageText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Advertised-pay percentiles against figures worked out by hand from
 * {@link AdvertisedPayFixture}'s postings.
 */
class AdvertisedPayTests extends AdvertisedPayFixture {

	@Autowired
	private SalaryInsights insights;

	@Test
	void percentilesInterpolateBetweenRankedMidpoints() {
		AnnualRow senior = annualRow(insightsOver(6), "senior", "london");
		assertThat(senior.stats().n()).isEqualTo(5);
		assertThat(senior.stats().p10()).isCloseTo(104_000, within(0.01));
		assertThat(senior.stats().p25()).isCloseTo(110_000, within(0.01));
		assertThat(senior.stats().median()).isCloseTo(120_000, within(0.01));
		assertThat(senior.stats().p75()).isCloseTo(130_000, within(0.01));
		assertThat(senior.stats().p90()).isCloseTo(136_000, within(0.01));
	}

	@Test
	void tiesAreRankedLikeAnyOtherValue() {
		AnnualRow junior = annualRow(insightsOver(6), "junior", "london");
		assertThat(junior.stats().n()).isEqualTo(6);
		assertThat(junior.stats().p10()).isCloseTo(50_000, within(0.01));
		assertThat(junior.stats().p25()).isCloseTo(50_000, within(0.01));
		assertThat(junior.stats().median()).isCloseTo(55_000, within(0.01));
		assertThat(junior.stats().p75()).isCloseTo(60_000, within(0.01));
		assertThat(junior.stats().p90()).isCloseTo(60_000, within(0.01));
	}

	@Test
	void aLongerWindowTakesInPostingsThatEndedEarlier() {
		AnnualRow senior = annualRow(insightsOver(12), "senior", "london");
		assertThat(senior.stats().n()).isEqualTo(6);
		assertThat(senior.stats().median()).isCloseTo(125_000, within(0.01));
	}

	@Test
	void fewerThanFivePostingsGiveNoFigures() throws Exception {
		AnnualRow rest = annualRow(insightsOver(6), "senior", "rest-of-uk");
		assertThat(rest.stats().n()).isEqualTo(4);
		assertThat(rest.stats().enough()).isFalse();
		String page = PageText
			.of(this.mvc.perform(get("/salaries").param("role", "mlops-engineer").param("window", "6"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString());
		assertThat(page).contains("Senior MLOps Engineer London 5 £104,000 £110,000 £120,000 £130,000 £136,000")
			.contains("Senior MLOps Engineer Rest of UK 4 Not enough data");
	}

	@Test
	void dayRatesAreKeptApartFromSalaries() {
		RoleInsights insights = insightsOver(6);
		DailyRow london = insights.daily()
			.stream()
			.filter((row) -> row.region().slug().equals("london") && row.level() == null)
			.findFirst()
			.orElseThrow();
		// All five were for senior roles: that level's cell holds them too, and levels
		// without day rates get no row.
		assertThat(insights.daily()).filteredOn((row) -> row.level() != null)
			.extracting((row) -> row.level().slug() + "/" + row.region().slug() + "/" + row.stats().n())
			.containsExactly("senior/london/5");
		assertThat(london.stats().n()).isEqualTo(5);
		assertThat(london.stats().p10()).isCloseTo(520, within(0.01));
		assertThat(london.stats().median()).isCloseTo(600, within(0.01));
		assertThat(london.stats().p90()).isCloseTo(680, within(0.01));
		// The senior London salary cell still holds only its five salaries.
		assertThat(annualRow(insights, "senior", "london").stats().n()).isEqualTo(5);
	}

	@Test
	void theLondonPremiumNeedsEnoughPostingsOnBothSides() {
		// Senior: the rest of the UK has 4 postings; junior: 1. No level is known well
		// enough on both sides, so there is no premium, not even for all levels (one
		// median over all of London's 11 against the rest's 5 would compare London's
		// seniors with the rest's juniors: ×0.67).
		assertThat(insightsOver(6).premiums()).isEmpty();
	}

	@Test
	void theCuratedBandSitsBesideTheAdvertisedFiguresOpenEndedTopsIncluded() {
		AnnualRow principal = annualRow(insightsOver(6), "principal", "london");
		assertThat(principal.stats()).isNull();
		assertThat(principal.band().display()).isEqualTo("£150,000–£200,000+");
	}

	@Test
	void boxPlotsPutEachCellsFiguresOnOneAxisAndLeaveOutThinCells() throws Exception {
		Document page = Jsoup.parse(salariesPage("mlops-engineer", "6"));
		Element chart = page.selectFirst("svg#pay-box-mlops-engineer-chart");
		assertThat(chart).isNotNull();
		assertThat(chart.attr("role")).isEqualTo("img");
		assertThat(chart.attr("aria-labelledby")).isEqualTo("pay-box-mlops-engineer-title pay-box-mlops-engineer-desc");
		assertThat(chart.selectFirst("title#pay-box-mlops-engineer-title").text())
			.isEqualTo("MLOps Engineer: advertised salaries by level and region, P10 to P90");
		assertThat(chart.selectFirst("desc#pay-box-mlops-engineer-desc").text())
			.startsWith("2 boxes, one per level and region with at least 5 postings. Medians run from £55,000 "
					+ "(Junior MLOps Engineer, London) to £120,000 (Senior MLOps Engineer, London).")
			.contains("6 of 8 levels and regions have fewer than 5 postings and are left out.")
			.endsWith("The table below gives every figure.");
		// Senior rest of the UK has 4 postings: a table row, but no box.
		assertThat(chart.select("g.chart-row text.chart-label").eachText())
			.containsExactly("Junior MLOps Engineer, London", "Senior MLOps Engineer, London");
		// Bands 45k to 150k round out to an axis from 40k to 160k in 20k steps,
		// drawn from x = 28 to 372 of 400: x = 28 + 344 (pounds - 40k) / 120k, written
		// as a share of the width (the chart fills its column). Every other gridline is
		// labelled, above and below.
		assertThat(chart.select("line.chart-gridline").eachAttr("x1")).containsExactly("7.00%", "21.25%", "35.75%",
				"50.00%", "64.25%", "78.75%", "93.00%");
		assertThat(chart.select("text.chart-tick").eachText().stream().distinct()).containsExactly("£40k", "£80k",
				"£120k", "£160k");
		Element senior = chart.select("g.chart-row").get(1);
		assertThat(senior.selectFirst(".chart-median").attr("x1")).isEqualTo("64.25%"); // 120k
		Element box = senior.selectFirst(".chart-quartiles");
		assertThat(box.attr("x")).isEqualTo("57.25%"); // 110k
		assertThat(box.attr("width")).isEqualTo("14.25%"); // to 130k at 286
		assertThat(senior.select(".chart-whisker").eachAttr("x1")).containsExactly("52.75%", "52.75%", "75.75%"); // 104k,
		// 136k
		Element band = senior.selectFirst(".chart-range");
		assertThat(band.attr("x")).isEqualTo("50.00%"); // 100k
		assertThat(band.attr("width")).isEqualTo("35.75%"); // to 150k at 343
		assertThat(chart.parent().selectFirst("figcaption").text()).contains("The table below gives the figures.");
		// The day rates get a chart of their own, on their own scale.
		Element days = page.selectFirst("svg#day-box-mlops-engineer-chart");
		assertThat(days.select("g.chart-row text.chart-label").eachText()).containsExactly("All levels, London",
				"Senior MLOps Engineer, London");
		// £500 to £850 in £50 steps, labelled every £100.
		assertThat(days.select("text.chart-tick").eachText().stream().distinct()).containsExactly("£500", "£600",
				"£700", "£800");
	}

	@Test
	void pagesWithBoxPlotsAreValidHtml() throws Exception {
		assertThat(HtmlChecker.errorsIn(salariesPage("mlops-engineer", "6").getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(HtmlChecker.errorsIn(this.mvc.perform(get("/roles/mlops-engineer"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).isEmpty();
	}

	private String salariesPage(String role, String window) throws Exception {
		return this.mvc.perform(get("/salaries").param("role", role).param("window", window))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anUnknownWindowIsA400() throws Exception {
		this.mvc.perform(get("/salaries").param("window", "7")).andExpect(status().isBadRequest());
	}

	@Test
	void everyTableDownloadsAsCsv() throws Exception {
		var advertised = this.mvc
			.perform(get("/salaries/advertised-salaries.csv").param("role", "mlops-engineer").param("window", "6"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		assertThat(advertised.getContentType()).startsWith("text/csv");
		assertThat(advertised.getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"mljobs-advertised-salaries.csv\"");
		assertThat(advertised.getContentAsString())
			.startsWith("role,level,region,months,postings,p10_gbp,p25_gbp,median_gbp,p75_gbp,p90_gbp,band_min_gbp,"
					+ "band_max_gbp\r\n")
			.contains("MLOps Engineer,Senior MLOps Engineer,London,6,5,104000,110000,120000,130000,136000,100000,"
					+ "150000\r\n")
			.contains("MLOps Engineer,Senior MLOps Engineer,Rest of UK,6,4,,,,,,80000,125000\r\n");
		assertThat(this.mvc.perform(get("/salaries/advertised-day-rates.csv").param("role", "mlops-engineer"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("MLOps Engineer,All levels,London,12,5,520,550,600,650,680,500,850\r\n")
			.contains("MLOps Engineer,Senior MLOps Engineer,London,12,5,520,550,600,650,680,500,850\r\n");
		assertThat(this.mvc.perform(get("/salaries/bands.csv").param("region", "london"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("MLOps Engineer,Principal / Head of ML Platform,London,150000,200000,true,")
			.doesNotContain("Rest of UK");
		assertThat(csv("market-salaries", "machine-learning-engineer"))
			.startsWith("role,region,median_gbp,typical_min_gbp,typical_max_gbp,source,as_of_year\r\n")
			.contains("Machine Learning Engineer,UK,70000,50000,105000,");
		assertThat(csv("day-rates", "mlops-engineer"))
			.startsWith("role,region,min_gbp_a_day,max_gbp_a_day,median_gbp_a_day,source,as_of_year\r\n")
			.contains("MLOps Engineer,UK,500,850,,");
		assertThat(csv("monthly-medians", "mlops-engineer")).startsWith("role,month,postings,median_gbp\r\n")
			.contains(",16,85000\r\n")
			.contains(",1,\r\n");
		assertThat(csv("london-premium", "mlops-engineer"))
			.startsWith("role,level,london_median_gbp,rest_of_uk_median_gbp,ratio\r\n");
		// Every CSV link on the salaries page and on the role guides answers.
		for (String path : new String[] { "/salaries", "/roles/mlops-engineer", "/roles/machine-learning-engineer" }) {
			org.jsoup.nodes.Document page = org.jsoup.Jsoup
				.parse(this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString());
			java.util.List<String> links = page.select("a[href*=.csv]").eachAttr("href");
			assertThat(links).as("CSV links on %s", path).isNotEmpty();
			for (String link : links) {
				this.mvc.perform(get(link)).andExpect(status().isOk());
			}
		}
		assertThat(SalaryCsvController.TABLES).hasSize(8);
		this.mvc.perform(get("/salaries/secrets.csv")).andExpect(status().isNotFound());
		this.mvc.perform(get("/salaries/bands.csv").param("window", "5")).andExpect(status().isBadRequest());
	}

	private String csv(String table, String role) throws Exception {
		return this.mvc.perform(get("/salaries/" + table + ".csv").param("role", role))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void csvCellsAreQuotedAndNeverRunAsFormulas() {
		assertThat(uk.mljobs.shared.Csv.line(java.util.List.of("=HYPERLINK(\"x\")", "a,b", "plain", 42, "-1")))
			.isEqualTo("\"'=HYPERLINK(\"\"x\"\")\",\"a,b\",plain,42,'-1\r\n");
	}

	@Test
	void theTrendGivesEachMonthsMedianAndSaysWhenThereIsTooLittle() throws Exception {
		RoleInsights insights = insightsOver(12);
		assertThat(insights.trend()).hasSize(2);
		// Eight months ago, one posting: listed, not plotted.
		assertThat(insights.trend().get(0).n()).isEqualTo(1);
		// This month, the 16 salaries: 40, 50 ×3, 60 ×3, 80, 90, 100 ×2, 110 ×2, 120,
		// 130,
		// 140 (thousands); the median is halfway between the 8th and 9th.
		assertThat(insights.trend().get(1).n()).isEqualTo(16);
		assertThat(insights.trend().get(1).median()).isCloseTo(85_000, within(0.01));
		assertThat(insights.plotted()).hasSize(1);
		String page = PageText.of(this.mvc.perform(get("/salaries").param("role", "mlops-engineer"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(page).containsPattern("[A-Z][a-z]+ \\d{4} 1 Not enough data")
			.containsPattern("[A-Z][a-z]+ \\d{4} 16 £85,000");
	}

	private RoleInsights insightsOver(int months) {
		return this.insights.insights(this.mlops, null, months);
	}

	private static AnnualRow annualRow(RoleInsights insights, String level, String region) {
		return insights.annual()
			.stream()
			.filter((row) -> row.level().slug().equals(level) && row.region().slug().equals(region))
			.findFirst()
			.orElseThrow();
	}

}
