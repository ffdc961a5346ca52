package uk.mljobs.salary;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.salary.PayStatistics.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The London premium per level and for all levels, worked out by hand. */
class LondonPremiumTests {

	private static final RoleView ROLE = new RoleView(1, "mlops-engineer", "MLOps Engineer", null, null, null, null,
			null);

	private static final LevelView JUNIOR = new LevelView(10, 1, "junior", "Junior", 0, null);

	private static final LevelView SENIOR = new LevelView(11, 1, "senior", "Senior", 1, null);

	private static final LevelView PRINCIPAL = new LevelView(12, 1, "principal", "Principal", 2, null);

	private static final List<RegionView> REGIONS = List.of(new RegionView(1, "london", "London"),
			new RegionView(2, "rest-of-uk", "Rest of UK"));

	private static PayStatistics cell(Long level, long region, long n, double median) {
		return new PayStatistics(1, level, region, Unit.YEAR, n, median, median, median, median, median);
	}

	@Test
	void allLevelsWeighsTheLevelsOwnPremiumsNotOneMedianOverEveryMix() {
		List<PayStatistics> all = List.of(
				// Junior: £66,000 against £60,000 (×1.10), 10 postings.
				cell(10L, 1, 5, 66_000), cell(10L, 2, 5, 60_000),
				// Senior: £120,000 against £100,000 (×1.20), 16 postings.
				cell(11L, 1, 10, 120_000), cell(11L, 2, 6, 100_000),
				// Principal: too few in the rest of the UK.
				cell(12L, 1, 9, 180_000), cell(12L, 2, 4, 150_000),
				// Every level at once: London is mostly senior, the rest mostly junior,
				// so one median over each reads ×1.00 and would mislead.
				cell(null, 1, 24, 110_000), cell(null, 2, 15, 110_000));
		List<RoleInsights.Premium> premiums = SalaryInsights.premiums(ROLE, List.of(JUNIOR, SENIOR, PRINCIPAL), all,
				REGIONS);
		assertThat(premiums).extracting(RoleInsights.Premium::label).containsExactly("Junior", "Senior", "All levels");
		assertThat(premiums.get(0).ratioDisplay()).isEqualTo("×1.10");
		assertThat(premiums.get(1).ratioDisplay()).isEqualTo("×1.20");
		assertThat(premiums.get(1).londonDisplay()).isEqualTo("£120,000");
		// (10 × 1.10 + 16 × 1.20) / 26 = 30.2 / 26 = 1.1615.
		RoleInsights.Premium allLevels = premiums.get(2);
		assertThat(allLevels.isCombined()).isTrue();
		assertThat(allLevels.ratio()).isCloseTo(30.2 / 26, within(1e-9));
		assertThat(allLevels.ratioDisplay()).isEqualTo("×1.16");
		assertThat(allLevels.postings()).isEqualTo(26);
		assertThat(allLevels.londonDisplay()).isNull();
	}

	@Test
	void oneLevelAloneNeedsNoAllLevelsLineAndNoneGivesNoPremium() {
		List<PayStatistics> one = List.of(cell(11L, 1, 10, 120_000), cell(11L, 2, 6, 100_000),
				cell(null, 1, 10, 120_000), cell(null, 2, 6, 100_000));
		assertThat(SalaryInsights.premiums(ROLE, List.of(JUNIOR, SENIOR), one, REGIONS))
			.extracting(RoleInsights.Premium::label)
			.containsExactly("Senior");
		List<PayStatistics> thin = List.of(cell(11L, 1, 10, 120_000), cell(11L, 2, 4, 100_000),
				cell(null, 1, 40, 120_000), cell(null, 2, 40, 100_000));
		assertThat(SalaryInsights.premiums(ROLE, List.of(JUNIOR, SENIOR), thin, REGIONS)).isEmpty();
	}

}
