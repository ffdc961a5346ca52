package uk.mljobs.salary;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.mljobs.market.RoleView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month-by-month line: thin months are listed but not plotted, and the line spaces
 * the plotted months by the calendar, so a gap stays a gap.
 */
class TrendLineTests {

	@Test
	void monthsSitAcrossTheChartByTheCalendar() {
		RoleInsights insights = insights(month(2026, 1, 6, 80_000), month(2026, 2, 2, 1_000_000),
				month(2026, 3, 5, 90_000), month(2026, 5, 9, 100_000));
		assertThat(insights.plotted()).extracting(AdvertisedPay.MonthlyMedian::month)
			.containsExactly(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1));
		// January at the left, May at the right, March halfway; lowest median at the
		// bottom (y 130), highest at the top (y 20). February's two postings are left
		// out.
		assertThat(insights.trendPoints()).isEqualTo("80,130 330,75 580,20");
		assertThat(insights.trendLow()).isEqualTo("£80,000");
		assertThat(insights.trendHigh()).isEqualTo("£100,000");
	}

	@Test
	void oneMonthSitsInTheMiddleAndNoneDrawsNothing() {
		assertThat(insights(month(2026, 4, 7, 90_000)).trendPoints()).isEqualTo("330,130");
		assertThat(insights(month(2026, 4, 3, 90_000)).trendPoints()).isEmpty();
	}

	private static AdvertisedPay.MonthlyMedian month(int year, int month, long n, double median) {
		return new AdvertisedPay.MonthlyMedian(LocalDate.of(year, month, 1), n, median);
	}

	private static RoleInsights insights(AdvertisedPay.MonthlyMedian... months) {
		return new RoleInsights(new RoleView(1, "mlops-engineer", "MLOps Engineer", null, null, null, null, null), 12,
				List.of(), List.of(), List.of(), List.of(months));
	}

}
