package uk.mljobs.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Minimum pay as seekers type it into the search page. */
class PayTextTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "70k|70000|false", "70K|70000|false", "£70,000|70000|false", "70000|70000|false",
					"£ 70000|70000|false", "70,000 a year|70000|false", "£70k pa|70000|false", "72.5k|72500|false",
					"£600/day|600|true", "600/day|600|true", "600 a day|600|true", "600 per day|600|true",
					"650pd|650|true", "£650 p/d|650|true", "600|600|true", "1,000/day|1000|true", "5000|5000|true",
					"10000|10000|false", "1000000|1000000|false", "  85K  |85000|false" })
	void readsWhatSeekersType(String typed, int pounds, boolean daily) {
		PayText.Pay pay = PayText.parse(typed);
		assertThat(pay.pounds()).isEqualTo(pounds);
		assertThat(pay.daily()).isEqualTo(daily);
		// A day rate is at most 5,000 and a salary at least 10,000: the figure alone
		// tells which, so links carry just the number.
		assertThat(PayText.parse(pay.canonical())).isEqualTo(pay);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "lots|Enter pay as a salary", "7500|Enter a salary from £10,000",
					"5k|Enter a salary from £10,000", "70|Enter a day rate from £100", "£6,000/day|Enter a day rate",
					"2000000|Enter a salary from", "70.5|Enter whole pounds", "70k/day|Enter a day rate",
					"-70000|Enter pay as", "70 000 000 000|Enter pay as", "'<script>'|Enter pay as",
					"0|Enter a day rate", "£|Enter pay as", "99999999999999999999|Enter pay as" })
	void refusesWhatIsNotPayWithAMessage(String typed, String message) {
		assertThatIllegalArgumentException().isThrownBy(() -> PayText.parse(typed)).withMessageContaining(message);
	}

}
