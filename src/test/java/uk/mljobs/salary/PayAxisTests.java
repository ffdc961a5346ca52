package uk.mljobs.salary;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The box plots' scale: round figures at both ends, ticks a reader can use. */
class PayAxisTests {

	@Test
	void roundsOutToTheTightestTidyAxis() {
		// 20k steps give 40k to 160k (a 120k span); 25k steps would need 25k to 150k.
		PayAxis axis = PayAxis.spanning(45_000, 150_000);
		assertThat(axis).isEqualTo(new PayAxis(40_000, 160_000, 20_000));
		assertThat(axis.ticks()).containsExactly(40_000L, 60_000L, 80_000L, 100_000L, 120_000L, 140_000L, 160_000L);
		assertThat(axis.fraction(100_000)).isEqualTo(0.5);
	}

	@Test
	void doesNotPadDownToZeroWhenATighterStepFits() {
		// 50k steps would run from zero; 25k steps start at 25k.
		assertThat(PayAxis.spanning(38_000, 200_000)).isEqualTo(new PayAxis(25_000, 200_000, 25_000));
	}

	@Test
	void ofTwoEquallyTightAxesTakesTheOneWithFewerTicks() {
		// 20k steps and 25k steps both give 100k to 200k.
		assertThat(PayAxis.spanning(100_000, 200_000)).isEqualTo(new PayAxis(100_000, 200_000, 25_000));
	}

	@Test
	void dayRatesGetTheirOwnSmallerSteps() {
		PayAxis axis = PayAxis.spanning(520, 850);
		assertThat(axis).isEqualTo(new PayAxis(500, 850, 50));
		assertThat(axis.label(850)).isEqualTo("£850");
		assertThat(PayAxis.spanning(800, 1_200).label(1_000)).isEqualTo("£1,000");
	}

	@Test
	void salaryTicksAreShortEnoughForAPhone() {
		PayAxis axis = new PayAxis(25_000, 40_000, 2_500);
		assertThat(axis.label(30_000)).isEqualTo("£30k");
		assertThat(axis.label(27_500)).isEqualTo("£27.5k");
	}

	@Test
	void aSingleFigureStillGetsAScaleAroundIt() {
		PayAxis axis = PayAxis.spanning(600, 600);
		assertThat(axis.from()).isLessThan(600);
		assertThat(axis.to()).isGreaterThan(600);
	}

	@Test
	void everyAxisHoldsItsFiguresInThreeToSevenRoundSteps() {
		for (int min = 100; min < 400_000; min = min * 3 / 2 + 7) {
			for (double spread : new double[] { 0.01, 0.1, 0.37, 1, 2.9, 10 }) {
				int max = (int) (min * (1 + spread));
				PayAxis axis = PayAxis.spanning(min, max);
				long steps = (axis.to() - axis.from()) / axis.step();
				assertThat(axis.from()).as("%d to %d", min, max).isLessThanOrEqualTo(min);
				assertThat(axis.to()).as("%d to %d", min, max).isGreaterThanOrEqualTo(max);
				assertThat(axis.from() % axis.step()).as("%d to %d", min, max).isZero();
				assertThat(steps).as("%d to %d", min, max).isBetween(3L, 7L);
				assertThat(Long.toString(axis.step())).as("%d to %d", min, max).matches("(1|2|25|5)0*");
			}
		}
	}

}
