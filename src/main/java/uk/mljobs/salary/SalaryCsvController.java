package uk.mljobs.salary;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.Choices;
import uk.mljobs.shared.Csv;
import uk.mljobs.shared.NotFoundException;

/**
 * Each table on {@code /salaries} and the role guides as CSV, with the same parameters:
 * the curated bands, market salaries and day rates, advertised salaries and day rates,
 * the month-by-month median and the London premium. Figures are plain numbers (pounds, no
 * symbols or commas) so spreadsheets read them as numbers.
 */
@Controller
class SalaryCsvController {

	static final List<String> TABLES = List.of("bands", "market-salaries", "day-rates", "advertised-salaries",
			"advertised-day-rates", "monthly-medians", "london-premium", "skills");

	private final Salaries salaries;

	private final SalaryInsights insights;

	private final Market market;

	private final SkillInsights skills;

	SalaryCsvController(Salaries salaries, SalaryInsights insights, Market market, SkillInsights skills) {
		this.salaries = salaries;
		this.insights = insights;
		this.market = market;
		this.skills = skills;
	}

	@GetMapping("/salaries/{table}.csv")
	ResponseEntity<String> csv(@PathVariable String table, @RequestParam(required = false) String role,
			@RequestParam(required = false) String region, @RequestParam(required = false) String window) {
		if (!TABLES.contains(table)) {
			throw NotFoundException.of("table", table);
		}
		RoleView onlyRole = Choices.pick("role", role, this.market.roles(), RoleView::slug);
		RegionView onlyRegion = Choices.pick("region", region, this.market.regions(), RegionView::slug);
		int months = SalaryController.months(window);
		List<RoleView> roles = this.market.roles()
			.stream()
			.filter((candidate) -> onlyRole == null || candidate.id() == onlyRole.id())
			.toList();
		List<List<Object>> rows = new ArrayList<>();
		switch (table) {
			case "bands" -> {
				rows.add(List.of("role", "level", "region", "min_gbp", "max_gbp", "open_ended", "reviewed"));
				for (RoleView r : roles) {
					SalaryTable t = this.salaries.pay(r, onlyRegion).table();
					for (SalaryTable.Row row : t.rows()) {
						for (SalaryTable.Cell cell : row.cells()) {
							if (cell.range() != null) {
								rows.add(List.of(r.title(), row.level().title(), cell.region().name(),
										cell.range().min(), cell.range().max(), cell.range().openEnded(),
										(cell.reviewed() != null) ? cell.reviewed().toString() : ""));
							}
						}
					}
				}
			}
			case "advertised-salaries" -> {
				rows.add(List.of("role", "level", "region", "months", "postings", "p10_gbp", "p25_gbp", "median_gbp",
						"p75_gbp", "p90_gbp", "band_min_gbp", "band_max_gbp"));
				for (RoleView r : roles) {
					for (RoleInsights.AnnualRow row : this.insights.insights(r, onlyRegion, months).annual()) {
						rows.add(statisticsRow(List.of(r.title(), row.level().title(), row.region().name(), months),
								row.stats(), row.band()));
					}
				}
			}
			case "market-salaries" -> {
				rows.add(List.of("role", "region", "median_gbp", "typical_min_gbp", "typical_max_gbp", "source",
						"as_of_year"));
				for (RoleView r : roles) {
					for (MarketSalaryView salary : this.salaries.pay(r, onlyRegion).marketSalaries()) {
						rows.add(List.of(r.title(), (salary.region() != null) ? salary.region().name() : "UK",
								salary.median(), (salary.range() != null) ? salary.range().min() : "",
								(salary.range() != null) ? salary.range().max() : "", salary.source(),
								salary.asOfYear()));
					}
				}
			}
			case "day-rates" -> {
				rows.add(List.of("role", "region", "min_gbp_a_day", "max_gbp_a_day", "median_gbp_a_day", "source",
						"as_of_year"));
				for (RoleView r : roles) {
					for (DayRateView rate : this.salaries.pay(r, onlyRegion).dayRates()) {
						rows.add(List.of(r.title(), (rate.region() != null) ? rate.region().name() : "UK",
								(rate.range() != null) ? rate.range().min() : "",
								(rate.range() != null) ? rate.range().max() : "",
								(rate.median() != null) ? rate.median() : "", rate.source(), rate.asOfYear()));
					}
				}
			}
			case "monthly-medians" -> {
				rows.add(List.of("role", "month", "postings", "median_gbp"));
				for (RoleView r : roles) {
					for (AdvertisedPay.MonthlyMedian month : this.insights.insights(r, onlyRegion, months).trend()) {
						rows.add(List.of(r.title(), month.month().toString().substring(0, 7), month.n(),
								(month.n() >= PayStatistics.MIN_POSTINGS) ? Math.round(month.median()) : ""));
					}
				}
			}
			case "skills" -> {
				rows.add(List.of("role", "skill", "rank", "rank_3_months_ago", "live_postings", "postings_asking",
						"share_pct", "median_gbp_asking", "postings_asking_with_salary", "median_gbp_not_asking",
						"postings_not_asking_with_salary", "premium_pct"));
				for (RoleView r : roles) {
					SkillTable skillTable = this.skills.table(r);
					for (SkillTable.Row row : skillTable.rows()) {
						Double premium = row.premium();
						rows.add(List.of(r.title(), row.name(), row.rank(),
								(row.previousRank() != null) ? row.previousRank() : "", skillTable.live(), row.asking(),
								Math.round(row.share()),
								(row.paidWith() >= PayStatistics.MIN_POSTINGS && row.medianWith() != null)
										? Math.round(row.medianWith()) : "",
								row.paidWith(),
								(row.paidWithout() >= PayStatistics.MIN_POSTINGS && row.medianWithout() != null)
										? Math.round(row.medianWithout()) : "",
								row.paidWithout(), (premium != null) ? Math.round(100 * (premium - 1)) : ""));
					}
				}
			}
			case "london-premium" -> {
				rows.add(List.of("role", "level", "london_median_gbp", "rest_of_uk_median_gbp", "ratio"));
				for (RoleView r : roles) {
					for (RoleInsights.Premium premium : this.insights.insights(r, onlyRegion, months).premiums()) {
						rows.add(List.of(r.title(), premium.label(),
								premium.isCombined() ? "" : Math.round(premium.london()),
								premium.isCombined() ? "" : Math.round(premium.rest()),
								String.format(java.util.Locale.UK, "%.2f", premium.ratio())));
					}
				}
			}
			default -> {
				rows.add(List.of("role", "level", "region", "months", "postings", "p10_gbp", "p25_gbp", "median_gbp",
						"p75_gbp", "p90_gbp", "typical_min_gbp", "typical_max_gbp"));
				for (RoleView r : roles) {
					for (RoleInsights.DailyRow row : this.insights.insights(r, onlyRegion, months).daily()) {
						rows.add(statisticsRow(List.of(r.title(), row.levelTitle(), row.region().name(), months),
								row.stats(), row.typical()));
					}
				}
			}
		}
		return Csv.attachment("mljobs-" + table + ".csv", rows);
	}

	/**
	 * The statistics where there are enough postings, blanks where not, then the band.
	 */
	private static List<Object> statisticsRow(List<Object> start, PayStatistics stats, uk.mljobs.shared.PayRange band) {
		List<Object> row = new ArrayList<>(start);
		row.add((stats != null) ? stats.n() : 0);
		boolean enough = stats != null && stats.enough();
		for (double value : (enough)
				? new double[] { stats.p10(), stats.p25(), stats.median(), stats.p75(), stats.p90() } : new double[0]) {
			row.add(Math.round(value));
		}
		if (!enough) {
			row.addAll(List.of("", "", "", "", ""));
		}
		row.add((band != null) ? band.min() : "");
		row.add((band != null) ? band.max() : "");
		return row;
	}

}
