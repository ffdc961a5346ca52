package uk.mljobs.job;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Medians from histograms, as percentile_cont(0.5) gives them, worked out by hand. */
class PayHistogramTests {

	private static PayHistogram of(double... values) {
		PayHistogram histogram = new PayHistogram();
		for (double value : values) {
			histogram.add(value, 1);
		}
		return histogram;
	}

	@Test
	void anOddCountTakesTheMiddleValueAndAnEvenOneHalfwayBetweenTheTwo() {
		assertThat(of(100_000, 140_000, 120_000, 110_000, 130_000).median()).isEqualTo(120_000.0);
		// 50, 50, 50, 60, 60, 60: halfway between the 3rd and 4th.
		assertThat(of(50_000, 50_000, 50_000, 60_000, 60_000, 60_000).median()).isEqualTo(55_000.0);
		assertThat(of(70_000).median()).isEqualTo(70_000.0);
		assertThat(new PayHistogram().median()).isNull();
	}

	@Test
	void thoseNotAskingAreTheWholeLessThoseAsking() {
		PayHistogram level = of(60_000, 70_000, 70_000, 80_000, 90_000, 100_000);
		PayHistogram asking = of(70_000, 100_000);
		PayHistogram rest = level.minus(asking);
		// 60, 70, 80, 90: halfway between 70 and 80.
		assertThat(rest.count()).isEqualTo(4);
		assertThat(rest.median()).isEqualTo(75_000.0);
		assertThat(PayHistogram.sum(List.of(rest, asking)).median()).isEqualTo(level.median());
	}

}
