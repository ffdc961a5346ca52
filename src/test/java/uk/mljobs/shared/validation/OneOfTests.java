package uk.mljobs.shared.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

class OneOfTests {

	enum Mode {

		ON_SITE, REMOTE

	}

	record Choice(@OneOf(value = Mode.class, message = "Choose a work mode.") String mode) {
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "ON_SITE", "on-site", "REMOTE", "remote", "", " " })
	void acceptsAConstantByNameOrSlugAndLeavesBlankToNotBlank(String typed) {
		assertThat(messages(new Choice(typed))).isEmpty();
		assertThat(messages(new Choice(null))).isEmpty();
	}

	@ParameterizedTest(name = "''{0}''")
	@ValueSource(strings = { "MOON", "On-Site", "on_site", "remote ", "0" })
	void refusesAnythingElseWithTheFieldsMessage(String typed) {
		assertThat(messages(new Choice(typed))).isEqualTo(Map.of("mode", List.of("Choose a work mode.")));
	}

	@Test
	void hasAPlainMessageOfItsOwn() {
		record Plain(@OneOf(Mode.class) String mode) {
		}
		assertThat(messages(new Plain("MOON"))).isEqualTo(Map.of("mode", List.of("Choose one of the values offered.")));
	}

}
