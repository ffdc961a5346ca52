package uk.mljobs.salary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.mljobs.market.RoleView;
import uk.mljobs.salary.SkillPay.LevelPay;
import uk.mljobs.salary.SkillPay.SkillRow;
import uk.mljobs.salary.SkillPay.Snapshot;

import static org.assertj.core.api.Assertions.assertThat;

/** Skill share, premium, rank and trend, worked out by hand. */
class SkillTableTests {

	private static final RoleView ROLE = new RoleView(1, "mlops-engineer", "MLOps Engineer", null, null, null, null,
			null);

	private static final Map<String, String> NAMES = Map.of("kubernetes", "Kubernetes", "mlflow", "MLflow", "ray",
			"Ray", "feast", "Feast");

	/** 40 live postings; snapshots from today back 11 months. */
	private static SkillTable table(List<Snapshot> snapshots) {
		Map<String, SkillRow> skills = Map.of(
				// 32 of 40 ask for Kubernetes; 30 of them state a salary, median £95,000,
				// against £88,000 for the 8 that do not ask for it. Within senior
				// postings:
				// £100,000 (20) against £90,000 (5); juniors without it are too few (3).
				"kubernetes",
				new SkillRow(32, 30, 95_000.0, 8, 88_000.0,
						List.of(new LevelPay(2, 20, 100_000.0, 5, 90_000.0),
								new LevelPay(1, 10, 80_000.0, 3, 70_000.0))),
				// MLflow and Ray tie at 12. MLflow: seniors £90,000 against £92,000,
				// juniors
				// £80,000 against £80,000, 16 postings each.
				"mlflow",
				new SkillRow(12, 12, 90_000.0, 26, 92_000.0,
						List.of(new LevelPay(2, 6, 90_000.0, 10, 92_000.0),
								new LevelPay(1, 6, 80_000.0, 10, 80_000.0))),
				"ray",
				new SkillRow(12, 4, 120_000.0, 34, 90_000.0, List.of(new LevelPay(2, 4, 120_000.0, 20, 90_000.0))),
				"feast", new SkillRow(3, 3, 100_000.0, 35, 91_000.0, List.of()));
		return SkillTable.of(ROLE, new SkillPay.Live(40, skills, NAMES), snapshots);
	}

	private static List<Snapshot> snapshots() {
		List<Snapshot> snapshots = new ArrayList<>();
		snapshots.add(new Snapshot(0, 40, Map.of("kubernetes", 32L, "mlflow", 12L, "ray", 12L, "feast", 3L)));
		for (int m = 1; m < 12; m++) {
			// Three months ago: MLflow led Kubernetes, Ray was unknown. Eleven months
			// ago: only 4 postings were live, too few for a share.
			Map<String, Long> asking = (m == 3) ? Map.of("mlflow", 10L, "kubernetes", 8L, "feast", 2L)
					: Map.of("kubernetes", 5L);
			snapshots.add(new Snapshot(m, (m == 11) ? 4 : 20, asking));
		}
		return snapshots;
	}

	@Test
	void sharesRanksAndTheirChangeAgainstThreeMonthsAgo() {
		SkillTable table = table(snapshots());
		assertThat(table.rows()).extracting(SkillTable.Row::name)
			.containsExactly("Kubernetes", "MLflow", "Ray", "Feast");
		assertThat(table.rows()).extracting(SkillTable.Row::rank).containsExactly(1, 2, 2, 4);
		SkillTable.Row kubernetes = table.rows().get(0);
		assertThat(kubernetes.shareDisplay()).isEqualTo("80%");
		assertThat(kubernetes.rankChange()).isEqualTo("up 1");
		assertThat(table.row("mlflow").orElseThrow().rankChange()).isEqualTo("down 1");
		assertThat(table.row("ray").orElseThrow().rankChange()).isEqualTo("new");
		assertThat(table.row("feast").orElseThrow().rankChange()).isEqualTo("down 1");
	}

	@Test
	void aPremiumIsComparedWithinEachLevelWithFivePostingsWithASalaryOnEachSide() {
		SkillTable table = table(snapshots());
		// Seniors only: £100,000 / £90,000 = 1.111, +11% (not the mixed £95,000 /
		// £88,000).
		assertThat(table.row("kubernetes").orElseThrow().premiumDisplay()).isEqualTo("+11%");
		// (16 × 0.9783 + 16 × 1.0) / 32 = 0.9891: −1%.
		assertThat(table.row("mlflow").orElseThrow().premium()).isCloseTo((90.0 / 92 + 1) / 2,
				org.assertj.core.data.Offset.offset(1e-9));
		assertThat(table.row("mlflow").orElseThrow().premiumDisplay()).isEqualTo("−1%");
		// Ray's 4 salaries are too few, however high.
		SkillTable.Row ray = table.row("ray").orElseThrow();
		assertThat(ray.premium()).isNull();
		assertThat(ray.premiumDisplay()).isEqualTo("too few");
		assertThat(ray.medianWithDisplay()).isEqualTo("too few (4)");
		assertThat(ray.medianWithoutDisplay()).isEqualTo("£90,000 (34)");
	}

	@Test
	void theTrendIsEachMonthsShareLeavingOutMonthsWithTooFewPostings() {
		SkillTable.Row kubernetes = table(snapshots()).row("kubernetes").orElseThrow();
		// Oldest first: 11 months ago had 4 postings (no figure), then 25% (5 of 20),
		// except 40% three months ago (8 of 20), and 80% now.
		assertThat(kubernetes.trend().get(0)).isNull();
		assertThat(kubernetes.trend().get(1)).isEqualTo(25.0);
		assertThat(kubernetes.trend().get(8)).isEqualTo(40.0);
		assertThat(kubernetes.trend().get(11)).isEqualTo(80.0);
		assertThat(kubernetes.trendWords()).isEqualTo("25% → 80%");
		// x from 2 to 118 over 12 months, y from 22 (0%) up to 2 (100%).
		assertThat(kubernetes.trendPoints()).startsWith("13,17 ").endsWith(" 118,6");
	}

	@Test
	void withTooFewPostingsThreeMonthsAgoThereIsNoRankChange() {
		List<Snapshot> thin = new ArrayList<>(snapshots());
		thin.set(3, new Snapshot(3, 4, Map.of("mlflow", 4L)));
		assertThat(table(thin).row("kubernetes").orElseThrow().rankChange()).isEqualTo("no earlier figures");
	}

}
