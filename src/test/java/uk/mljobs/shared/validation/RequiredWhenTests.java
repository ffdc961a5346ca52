package uk.mljobs.shared.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

class RequiredWhenTests {

	@RequiredWhen(field = "ir35", when = "type", is = "CONTRACT", message = "Contracts must state their IR35 status.")
	record Terms(String type, String ir35) {
	}

	@Test
	void requiresTheFieldWhenTheOtherNamesTheConstant() {
		assertThat(messages(new Terms("CONTRACT", " ")))
			.isEqualTo(Map.of("ir35", List.of("Contracts must state their IR35 status.")));
		assertThat(messages(new Terms("contract", null))).containsOnlyKeys("ir35");
		assertThat(messages(new Terms("CONTRACT", "OUTSIDE"))).isEmpty();
	}

	@Test
	void leavesTheFieldOptionalOtherwise() {
		assertThat(messages(new Terms("FIXED_TERM", ""))).isEmpty();
		assertThat(messages(new Terms(null, null))).isEmpty();
		assertThat(messages(new Terms("CONTRACTOR", ""))).isEmpty();
	}

}
