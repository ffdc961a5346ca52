package uk.mljobs.salary;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.mljobs.market.RoleView;
import uk.mljobs.salary.AdvertisedPay.MonthlyMedian;

import static org.assertj.core.api.Assertions.assertThat;

/** The trend line's geometry, worked out by hand. */
class RoleInsightsTests {

	@Test
	void monthsWithTooFewPostingsAreListedButNotPlotted() {
		RoleInsights insights = new RoleInsights(new RoleView(1, "r", "R", null, null, null, null, null), 12, List.of(),
				List.of(), List.of(),
				List.of(new MonthlyMedian(LocalDate.of(2026, 8, 1), 5, 100_000),
						new MonthlyMedian(LocalDate.of(2026, 9, 1), 3, 90_000),
						new MonthlyMedian(LocalDate.of(2026, 10, 1), 6, 110_000),
						new MonthlyMedian(LocalDate.of(2026, 11, 1), 5, 120_000)));
		assertThat(insights.plotted()).extracting(MonthlyMedian::median)
			.containsExactly(100_000.0, 110_000.0, 120_000.0);
		// x from 80 (August) to 580 (November) by the calendar, so October, two months of
		// three on, sits at 413 and September's gap stays; y from 130 (lowest median) up
		// to 20 (highest).
		assertThat(insights.trendPoints()).isEqualTo("80,130 413,75 580,20");
		assertThat(insights.trendLow()).isEqualTo("£100,000");
		assertThat(insights.trendHigh()).isEqualTo("£120,000");
	}

	@Test
	void oneMonthSitsInTheMiddleAndNoneDrawsNothing() {
		assertThat(insights(new MonthlyMedian(LocalDate.of(2026, 4, 1), 7, 90_000)).trendPoints()).isEqualTo("330,130");
		assertThat(insights(new MonthlyMedian(LocalDate.of(2026, 4, 1), 3, 90_000)).trendPoints()).isEmpty();
	}

	private static RoleInsights insights(MonthlyMedian... months) {
		return new RoleInsights(new RoleView(1, "r", "R", null, null, null, null, null), 12, List.of(), List.of(),
				List.of(), List.of(months));
	}

}
