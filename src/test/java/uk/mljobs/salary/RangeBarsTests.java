package uk.mljobs.salary;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.shared.PayRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The curated bands' range bars: a bar per band, on an axis that holds every band and
 * leaves room past an open-ended top.
 */
class RangeBarsTests {

	private static final RegionView LONDON = new RegionView(1, "london", "London");

	private static final RegionView REST = new RegionView(2, "rest-of-uk", "Rest of UK");

	private static final LevelView JUNIOR = new LevelView(1, 1, "junior", "Junior", 1, null);

	private static final LevelView PRINCIPAL = new LevelView(2, 1, "principal", "Principal", 4, null);

	@Test
	void aBarPerBandSkippingCellsWithoutOne() {
		RangeBars chart = table(
				new SalaryTable.Row(JUNIOR,
						List.of(cell(LONDON, PayRange.of(45_000, 65_000)), cell(REST, PayRange.of(38_000, 55_000)))),
				new SalaryTable.Row(PRINCIPAL,
						List.of(cell(LONDON, new PayRange(150_000, 200_000, true)), cell(REST, null))))
			.chart();
		assertThat(chart.bars()).extracting(RangeBars.Bar::label)
			.containsExactly("Junior, London", "Junior, Rest of UK", "Principal, London");
		assertThat(chart.bars().get(1).top() - chart.bars().get(0).top()).isEqualTo(RangeBars.ROW_HEIGHT);
		assertThat(chart.viewBox()).isEqualTo("0 0 400 " + (PayChart.TOP + 3 * RangeBars.ROW_HEIGHT + PayChart.BOTTOM));
		// The axis holds the lowest floor and runs on past the open-ended £200,000.
		assertThat(chart.axis().from()).isLessThanOrEqualTo(38_000);
		assertThat(chart.axis().to()).isGreaterThanOrEqualTo(230_000);
		assertThat(chart.x(38_000)).isGreaterThanOrEqualTo(PayChart.LEFT);
		assertThat(chart.x(200_000)).isLessThan(chart.end());
		RangeBars.Bar junior = chart.bars().get(0);
		assertThat(chart.width(junior.range().min(), junior.range().max()))
			.isEqualTo(chart.x(65_000) - chart.x(45_000));
		assertThat(chart.hasOpenEnds()).isTrue();
		assertThat(chart.description()).startsWith("3 bars, one per level and region with a curated band.")
			.contains("The lowest band is £38,000–£55,000 (Junior, Rest of UK)")
			.contains("the highest £150,000–£200,000+ (Principal, London)")
			.contains("no ceiling");
	}

	@Test
	void noBandsNoChart() {
		assertThat(table(new SalaryTable.Row(JUNIOR, List.of(cell(LONDON, null)))).chart().bars()).isEmpty();
	}

	private static SalaryTable table(SalaryTable.Row... rows) {
		return new SalaryTable(new RoleView(1, "mlops-engineer", "MLOps Engineer", null, null, null, null, null),
				List.of(LONDON, REST), List.of(rows), List.of(), null);
	}

	private static SalaryTable.Cell cell(RegionView region, PayRange range) {
		return new SalaryTable.Cell(region, range, null, 2026);
	}

}
