package uk.mljobs.roleguide;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What to learn next weighs demand by pay. */
class SkillLineTests {

	private static SkillsCheck.SkillLine line(long percent, Double premium) {
		return new SkillsCheck.SkillLine(new ToolView(1, "x", "X"), 10, percent, false, premium);
	}

	@Test
	void aSkillThatPaysMoreCanOutweighOneAskedForALittleMoreOften() {
		// 40% at +20% pay scores 48; 45% with no premium known scores 45; 45% at -10%
		// scores 40.5.
		assertThat(line(40, 1.2).worth()).isEqualTo(48.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(line(45, null).worth()).isEqualTo(45.0);
		assertThat(line(45, 0.9).worth()).isEqualTo(40.5, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(line(40, 1.2).premiumDisplay()).isEqualTo("+20%");
		assertThat(line(45, 0.9).premiumDisplay()).isEqualTo("−10%");
		assertThat(line(45, null).premiumDisplay()).isNull();
	}

}
