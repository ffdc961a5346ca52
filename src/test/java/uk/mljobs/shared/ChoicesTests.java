package uk.mljobs.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Choices read from text: a constant of an enum, a query parameter's value. */
class ChoicesTests {

	enum Mode {

		ON_SITE, HYBRID

	}

	@Test
	void anEnumConstantIsWrittenInLowerCaseWithHyphens() {
		assertThat(Choices.slug(Mode.ON_SITE)).isEqualTo("on-site");
		assertThat(Choices.slug(Mode.HYBRID)).isEqualTo("hybrid");
	}

	@Test
	void readsAConstantByItsNameOrItsSlug() {
		assertThat(Choices.constant(Mode.class, "ON_SITE")).contains(Mode.ON_SITE);
		assertThat(Choices.constant(Mode.class, "on-site")).contains(Mode.ON_SITE);
		assertThat(Choices.constant(Mode.class, "HYBRID")).contains(Mode.HYBRID);
		assertThat(Choices.names("hybrid", "HYBRID")).isTrue();
	}

	@Test
	void readsNoConstantFromAnythingElse() {
		for (String text : new String[] { null, "", "ON-SITE", "on_site", "On-Site", "MOON", " HYBRID" }) {
			assertThat(Choices.constant(Mode.class, text)).as(text).isEmpty();
		}
		assertThat(Choices.names(null, "HYBRID")).isFalse();
	}

	@Test
	void aQueryParameterIsOneOfItsChoicesAbsentOrA400ThatListsThem() {
		List<Mode> modes = List.of(Mode.values());
		assertThat(Choices.pick("workMode", "on-site", modes, Choices::slug)).isEqualTo(Mode.ON_SITE);
		assertThat(Choices.pick("workMode", " ", modes, Choices::slug)).isNull();
		assertThatExceptionOfType(InvalidParameterException.class)
			.isThrownBy(() -> Choices.pick("workMode", "ON_SITE", modes, Choices::slug))
			.withMessage("'ON_SITE' is not a known workMode. Use one of: on-site, hybrid.");
	}

}
