package uk.mljobs.shared.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

class WholePoundsTests {

	record Figures(@WholePounds String any,
			@WholePounds(min = 10_000, max = 1_000_000, message = "Enter the minimum as whole pounds, like 95000.",
					outside = "Enter a minimum from {min} to {max} a year.") String minimum) {
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "65000", "£65,000", "65 000", "10000", "1000000", "", "  " })
	void acceptsWholePoundsInRangeAndLeavesBlankToNotBlank(String typed) {
		assertThat(messages(new Figures(typed, typed))).isEmpty();
		assertThat(messages(new Figures(null, null))).isEmpty();
	}

	@Test
	void refusesWhatIsNotWholePoundsWithTheFieldsMessage() {
		assertThat(messages(new Figures("lots", "-5")))
			.isEqualTo(Map.of("any", List.of("Enter a whole number of pounds, like 65000."), "minimum",
					List.of("Enter the minimum as whole pounds, like 95000.")));
		assertThat(messages(new Figures("65000.50", "1000000000"))).containsOnlyKeys("any", "minimum");
	}

	@Test
	void refusesAFigureOutOfRangeNamingTheBoundsInPounds() {
		assertThat(messages(new Figures("5", "9999")))
			.isEqualTo(Map.of("minimum", List.of("Enter a minimum from £10,000 to £1,000,000 a year.")));
		assertThat(messages(new Figures("0", "£1,000,001")))
			.isEqualTo(Map.of("minimum", List.of("Enter a minimum from £10,000 to £1,000,000 a year.")));
	}

}
