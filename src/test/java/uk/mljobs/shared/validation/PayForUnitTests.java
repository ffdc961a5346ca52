package uk.mljobs.shared.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

class PayForUnitTests {

	@PayForUnit(figures = { "payMin", "payMax" }, unit = "type", daily = "CONTRACT")
	record Pay(String type, String payMin, String payMax) {
	}

	private static final String SALARY = "An annual salary must be between £10,000 and £1,000,000 a year.";

	private static final String DAY_RATE = "A day rate must be between £100 and £5,000 a day.";

	@Test
	void acceptsASalaryOrADayRateWithinItsBounds() {
		assertThat(messages(new Pay("PERMANENT_FULL_TIME", "10000", "£1,000,000"))).isEmpty();
		assertThat(messages(new Pay("CONTRACT", "100", "5000"))).isEmpty();
		assertThat(messages(new Pay("contract", "550", "650"))).isEmpty();
	}

	@Test
	void refusesEachSalaryFigureOutOfBounds() {
		assertThat(messages(new Pay("FIXED_TERM", "9000", "2000000")))
			.isEqualTo(Map.of("payMin", List.of(SALARY), "payMax", List.of(SALARY)));
		assertThat(messages(new Pay("FIXED_TERM", "600", "700"))).containsOnlyKeys("payMin", "payMax");
	}

	@Test
	void refusesADayRateOutOfItsOwnBounds() {
		assertThat(messages(new Pay("CONTRACT", "99", "500"))).isEqualTo(Map.of("payMin", List.of(DAY_RATE)));
		assertThat(messages(new Pay("CONTRACT", "500", "5001"))).isEqualTo(Map.of("payMax", List.of(DAY_RATE)));
		assertThat(messages(new Pay("contract", "65000", "80000"))).containsOnlyKeys("payMin", "payMax");
	}

	@Test
	void leavesMissingOrUnreadableFiguresToTheirOwnFields() {
		assertThat(messages(new Pay("CONTRACT", "lots", ""))).isEmpty();
		assertThat(messages(new Pay(null, null, "2000000"))).isEqualTo(Map.of("payMax", List.of(SALARY)));
	}

}
