package uk.mljobs.roleguide;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The skills-gap bars' geometry, worked out by hand. */
class GapChartTests {

	@Test
	void barsRunFromZeroInProportionToTheirShare() {
		GapChart chart = GapChart.of(List.of(new RoleGuide.Gap("Kubernetes", 70, 28, 42, "Why")));
		GapChart.Skill skill = chart.skills().get(0);
		// 0% at x = 12 and 2.4 units a point: 70% ends at 180, 28% at 79.
		assertThat(skill.demandWidth()).isEqualTo(168);
		assertThat(skill.supplyWidth()).isEqualTo(67);
		assertThat(skill.demandLabelX()).isEqualTo(186);
		assertThat(chart.ticks()).extracting(GapChart.Tick::x).containsExactly(12L, 72L, 132L, 192L, 252L);
		// The supply bar sits under the demand bar, both under the skill's name.
		assertThat(skill.supplyY()).isGreaterThan(skill.demandY() + chart.barHeight() - 1);
		assertThat(skill.demandY()).isGreaterThan(skill.lines().get(0).y());
	}

	@Test
	void longSkillNamesWrapAndPushTheNextSkillDown() {
		GapChart chart = GapChart.of(List.of(
				new RoleGuide.Gap("Serving models in production (Kubernetes, canaries, drift)", 70, 28, 42, "Why"),
				new RoleGuide.Gap("LLM Fine-tuning & RAG", 38, 12, 26, "Why")));
		assertThat(chart.skills().get(0).lines()).extracting(GapChart.Line::text)
			.containsExactly("Serving models in production (Kubernetes,", "canaries, drift)");
		assertThat(chart.skills().get(1).lines()).singleElement()
			.satisfies((line) -> assertThat(line.y()).isGreaterThan(chart.skills().get(0).supplyY()));
		assertThat(chart.height()).isGreaterThan(chart.skills().get(1).supplyY() + chart.barHeight());
	}

	@Test
	void wrappingKeepsEveryWordInOrder() {
		assertThat(GapChart.wrap("a bb ccc dddd", 6)).containsExactly("a bb", "ccc", "dddd");
		assertThat(GapChart.wrap("unbreakablewordlongerthanwidth x", 6))
			.containsExactly("unbreakablewordlongerthanwidth", "x");
	}

}
