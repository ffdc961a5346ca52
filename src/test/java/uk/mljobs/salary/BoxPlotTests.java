package uk.mljobs.salary;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.salary.PayStatistics.Unit;
import uk.mljobs.salary.RoleInsights.AnnualRow;
import uk.mljobs.salary.RoleInsights.DailyRow;
import uk.mljobs.shared.PayRange;

import static org.assertj.core.api.Assertions.assertThat;

/** The box plots' geometry, worked out by hand. */
class BoxPlotTests {

	private static final RegionView LONDON = new RegionView(1, "london", "London");

	private static final RegionView REST = new RegionView(2, "rest-of-uk", "Rest of UK");

	private static final LevelView JUNIOR = new LevelView(1, 1, "junior", "Junior", 0, null);

	private static final LevelView SENIOR = new LevelView(2, 1, "senior", "Senior", 1, null);

	@Test
	void placesEachMarkOnTheSharedAxis() {
		BoxPlot plot = BoxPlot.annual(List.of(
				new AnnualRow(JUNIOR, LONDON, PayRange.of(45_000, 65_000),
						salaries(6, 50_000, 50_000, 55_000, 60_000, 60_000)),
				new AnnualRow(SENIOR, LONDON, PayRange.of(100_000, 150_000),
						salaries(5, 104_000, 110_000, 120_000, 130_000, 136_000))));
		// 45k to 150k rounds out to 40k to 160k in 20k steps, drawn from x = 28 to 372:
		// x = 28 + 344 (pounds - 40k) / 120k.
		assertThat(plot.axis()).isEqualTo(new PayAxis(40_000, 160_000, 20_000));
		assertThat(plot.x(40_000)).isEqualTo(28);
		assertThat(plot.x(160_000)).isEqualTo(372);
		assertThat(plot.x(120_000)).isEqualTo(257);
		assertThat(plot.x(110_000)).isEqualTo(229);
		assertThat(plot.width(110_000, 130_000)).isEqualTo(286 - 229);
		// Six steps are too many to label every one: every other gridline is labelled.
		assertThat(plot.ticks()).extracting(BoxPlot.Tick::label)
			.containsExactly("£40k", null, "£80k", null, "£120k", null, "£160k");
		assertThat(plot.rows()).extracting(BoxPlot.Row::label).containsExactly("Junior, London", "Senior, London");
		// Each row stacks under the last; the chart is as tall as its rows.
		assertThat(plot.rows().get(1).top() - plot.rows().get(0).top()).isEqualTo(BoxPlot.ROW_HEIGHT);
		assertThat(plot.viewBox()).isEqualTo("0 0 400 " + (BoxPlot.TOP + 2 * BoxPlot.ROW_HEIGHT + BoxPlot.BOTTOM));
		assertThat(plot.description()).isEqualTo("2 boxes, one per level and region with at least 5 postings. "
				+ "Medians run from £55,000 (Junior, London) to £120,000 (Senior, London). "
				+ "The axis runs from £40,000 to £160,000. The table below gives every figure.");
	}

	@Test
	void labelsTheRounderHalfOfTheTicksWhenThereAreMany() {
		BoxPlot plot = BoxPlot.annual(List.of(new AnnualRow(JUNIOR, REST, PayRange.of(38_000, 55_000),
				salaries(5, 40_000, 45_000, 50_000, 55_000, 200_000))));
		assertThat(plot.axis()).isEqualTo(new PayAxis(25_000, 200_000, 25_000));
		assertThat(plot.ticks()).extracting(BoxPlot.Tick::label)
			.containsExactly(null, "£50k", null, "£100k", null, "£150k", null, "£200k");
	}

	@Test
	void leavesOutCellsWithTooFewPostingsAndSaysHowMany() {
		BoxPlot plot = BoxPlot.annual(
				List.of(new AnnualRow(SENIOR, LONDON, null, salaries(5, 104_000, 110_000, 120_000, 130_000, 136_000)),
						new AnnualRow(SENIOR, REST, PayRange.of(80_000, 125_000), salaries(4, 1, 2, 3, 4, 5)),
						new AnnualRow(JUNIOR, REST, PayRange.of(38_000, 55_000), null)));
		assertThat(plot.rows()).extracting(BoxPlot.Row::label).containsExactly("Senior, London");
		assertThat(plot.hasBands()).isFalse();
		// The left-out cells' bands do not stretch the axis.
		assertThat(plot.axis().from()).isGreaterThanOrEqualTo(100_000);
		assertThat(plot.omittedNote())
			.isEqualTo("2 of 3 levels and regions have fewer than 5 postings and are left out.");
		assertThat(plot.description()).startsWith("One box, for Senior, London: median £120,000, middle half "
				+ "£110,000 to £130,000, P10 to P90 £104,000 to £136,000.");
	}

	@Test
	void drawsNothingWithoutEnoughPostingsAnywhere() {
		BoxPlot plot = BoxPlot.daily(List.of(new DailyRow(null, LONDON, PayRange.of(500, 850), null)));
		assertThat(plot.rows()).isEmpty();
		assertThat(plot.omitted()).isEqualTo(1);
	}

	@Test
	void theCuratedRangeWidensTheAxisToShowAllOfIt() {
		BoxPlot plot = BoxPlot.daily(List.of(new DailyRow(null, LONDON, PayRange.of(400, 1_000),
				new PayStatistics(1, null, 1, Unit.DAY, 5, 520, 550, 600, 650, 680))));
		assertThat(plot.axis().from()).isLessThanOrEqualTo(400);
		assertThat(plot.axis().to()).isGreaterThanOrEqualTo(1_000);
		assertThat(plot.rows().get(0).label()).isEqualTo("All levels, London");
		assertThat(plot.hasBands()).isTrue();
	}

	private static PayStatistics salaries(long n, double p10, double p25, double median, double p75, double p90) {
		return new PayStatistics(1, 1L, 1, Unit.YEAR, n, p10, p25, median, p75, p90);
	}

}
