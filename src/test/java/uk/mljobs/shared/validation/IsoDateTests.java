package uk.mljobs.shared.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

class IsoDateTests {

	record Closing(@IsoDate String closesOn) {
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "2026-12-31", " 2028-02-29 ", "", "  " })
	void acceptsADateWrittenYearMonthDayAndLeavesBlankAlone(String typed) {
		assertThat(messages(new Closing(typed))).isEmpty();
		assertThat(messages(new Closing(null))).isEmpty();
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "next tuesday", "31/12/2026", "2026-02-30", "2027-02-29", "2026-1-5", "20261231",
			"2026-12-31T10:00" })
	void refusesAnythingElseSayingHowToWriteIt(String typed) {
		assertThat(messages(new Closing(typed)))
			.isEqualTo(Map.of("closesOn", List.of("Enter the date as year-month-day, like 2026-12-31.")));
	}

}
