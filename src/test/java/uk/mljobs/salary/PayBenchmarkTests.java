package uk.mljobs.salary;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.mljobs.salary.PayBenchmark.Position;
import uk.mljobs.shared.PayRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Within" only when the advertised range lies inside the band: a range that merely
 * overlaps it says which way it leaves it.
 */
class PayBenchmarkTests {

	private static final PayBenchmark BAND = new PayBenchmark("Curated band", PayRange.of(100_000, 150_000), false,
			"test");

	private static final PayBenchmark OPEN = new PayBenchmark("Curated band", new PayRange(150_000, 200_000, true),
			false, "test");

	@ParameterizedTest(name = "£{0}–£{1} is {2}")
	@CsvSource({ "110000, 140000, WITHIN", "100000, 150000, WITHIN", "90000, 120000, STARTS_BELOW",
			"120000, 160000, REACHES_ABOVE", "90000, 250000, SPANS", "60000, 99999, BELOW", "150001, 200000, ABOVE" })
	void againstABand(int min, int max, Position expected) {
		assertThat(BAND.position(min, max)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "£{0}–£{1} is {2} an open-ended band")
	@CsvSource({ "160000, 400000, WITHIN", "140000, 400000, STARTS_BELOW", "100000, 140000, BELOW" })
	void againstAnOpenEndedBand(int min, int max, Position expected) {
		assertThat(OPEN.position(min, max)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "STARTS_BELOW, Starts below the range, starts-below",
			"SPANS, Starts below and reaches above the range, spans" })
	void eachPositionHasItsWords(Position position, String words, String slug) {
		assertThat(position.words()).isEqualTo(words);
		assertThat(position.slug()).isEqualTo(slug);
	}

}
