package uk.mljobs.salary;

import java.util.List;

/**
 * Everything the site knows about one role's pay.
 *
 * @param table curated bands by level and region
 * @param dayRates contract day rates
 * @param marketSalaries market-wide medians and ranges
 */
public record RolePay(SalaryTable table, List<DayRateView> dayRates, List<MarketSalaryView> marketSalaries) {

	public boolean isEmpty() {
		return this.table.isEmpty() && this.dayRates.isEmpty() && this.marketSalaries.isEmpty();
	}

}
