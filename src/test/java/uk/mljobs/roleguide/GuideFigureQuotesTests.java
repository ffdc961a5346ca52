package uk.mljobs.roleguide;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which ways of writing £65,000 count as quoting it. */
class GuideFigureQuotesTests {

	private static final Pattern FIGURES = GuideFigureQuotes.pattern(List.of(65_000, 100_000));

	@ParameterizedTest(name = "\"{0}\" quotes it: {1}")
	@CsvSource(delimiter = '|',
			value = { "£65,000–£100,000 at mid level|true", "from £65k a year|true", "about £65K|true",
					"65,000 a year|true", "£100,000+|true", "£165,000 at principal|false", "65,0000 rows|false",
					"£65,000,000 raised|false", "£650 a day|false", "1.65,000|false", "£95,000|false" })
	void quotesAFigureWrittenAnyUsualWay(String text, boolean quotes) {
		assertThat(FIGURES.matcher(text).find()).isEqualTo(quotes);
	}

}
