package uk.mljobs.shared.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

class OrderedRangeTests {

	@OrderedRange(min = "min", max = "max", message = "The maximum must be at least the minimum.")
	record Band(String min, String max) {
	}

	@Test
	void acceptsAMaximumAtLeastTheMinimumAsTyped() {
		assertThat(messages(new Band("95000", "120000"))).isEmpty();
		assertThat(messages(new Band("£95,000", "95000"))).isEmpty();
	}

	@Test
	void refusesAMaximumBelowTheMinimumBesideTheMaximum() {
		assertThat(messages(new Band("160000", "£150,000")))
			.isEqualTo(Map.of("max", List.of("The maximum must be at least the minimum.")));
	}

	@Test
	void leavesMissingOrUnreadableFiguresToTheirOwnFields() {
		assertThat(messages(new Band("160000", ""))).isEmpty();
		assertThat(messages(new Band(null, "150000"))).isEmpty();
		assertThat(messages(new Band("lots", "150000"))).isEmpty();
	}

}
