package uk.mljobs.shared.validation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.mljobs.support.Constraints.messages;

class CharactersTests {

	record Title(@Characters(min = 3, max = 5, message = "Use 3 to 5 characters.") String title) {
	}

	@Test
	void countsCharactersAsTheDatabaseDoesNotUtf16Units() {
		// Five emoji are ten UTF-16 units, which @Size would refuse; char_length counts
		// five.
		assertThat(messages(new Title("😀😀😀😀😀"))).isEmpty();
		assertThat(messages(new Title("😀😀😀😀😀😀"))).isEqualTo(Map.of("title", List.of("Use 3 to 5 characters.")));
	}

	@Test
	void needsTheMinimumBesidesSurroundingSpaceAndCountsEveryCharacterAgainstTheMaximum() {
		assertThat(messages(new Title("abc"))).isEmpty();
		assertThat(messages(new Title("  ab  "))).isEqualTo(Map.of("title", List.of("Use 3 to 5 characters.")));
		assertThat(messages(new Title(" abc  "))).isEqualTo(Map.of("title", List.of("Use 3 to 5 characters.")));
		assertThat(messages(new Title(" abc "))).isEmpty();
	}

	@Test
	void leavesAMissingValueToNotBlankAndHasAMessageOfItsOwn() {
		assertThat(messages(new Title(null))).isEmpty();
		record Plain(@Characters(min = 2, max = 4) String name) {
		}
		assertThat(messages(new Plain("a"))).isEqualTo(Map.of("name", List.of("Use 2 to 4 characters.")));
	}

}
