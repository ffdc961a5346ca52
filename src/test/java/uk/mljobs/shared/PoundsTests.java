package uk.mljobs.shared;

import java.util.OptionalInt;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whole pounds as people type them into a form. */
class PoundsTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "65000|65000", "£65,000|65000", "65 000|65000", "' £ 65,000 '|65000",
			"£95000|95000", "0|0", "999999999|999999999", "1,2,3|123" })
	void readsWholePoundsWithOrWithoutThePoundSignAndGrouping(String typed, int pounds) {
		assertThat(Pounds.parse(typed)).hasValue(pounds);
	}

	@ParameterizedTest(name = "''{0}''")
	@NullSource
	@ValueSource(strings = { "", "  ", "£", "lots", "-5", "65000.50", "65k", "1000000000", "65£", "££65", "6O000",
			"<script>" })
	void readsNothingElse(String typed) {
		assertThat(Pounds.parse(typed)).isEqualTo(OptionalInt.empty());
	}

}
