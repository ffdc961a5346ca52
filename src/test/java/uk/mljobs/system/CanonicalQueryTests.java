package uk.mljobs.system;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One canonical address for each state of a page, however its query arrived.
 */
class CanonicalQueryTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "NULL",
			value = { "NULL|''", "''|''", "q=python|?q=python",
					"role=mlops-engineer&q=python|?q=python&role=mlops-engineer",
					"q=python&role=mlops-engineer|?q=python&role=mlops-engineer",
					"q=python&page=1&asOf=1764000000000|?q=python", "q=python&page=2|?page=2&q=python",
					"q=python&utm_source=mail&gclid=x&fbclid=y|?q=python", "q=&region=london|?region=london",
					"q=%22feature+store%22|?q=%22feature%20store%22", "q=a&q=b|?q=a", "q=%zz|''", "flag|''" })
	void oneSpellingForEachState(String query, String canonical) {
		assertThat(Site.canonicalQuery(query)).isEqualTo(canonical);
	}

}
