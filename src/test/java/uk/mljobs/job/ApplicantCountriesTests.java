package uk.mljobs.job;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A remote posting's "where applicants must live", as Google for Jobs reads it: only
 * countries, each by its English name.
 */
class ApplicantCountriesTests {

	@Test
	void theUkHowEverItIsWritten() {
		for (String written : new String[] { null, "", "UK", "United Kingdom", " england ", "GB", "Scotland" }) {
			assertThat(JobPostingJsonLd.applicants(written)).as(written)
				.isEqualTo(Map.of("@type", "Country", "name", "United Kingdom"));
		}
	}

	@Test
	void severalCountriesBecomeAList() {
		assertThat(JobPostingJsonLd.applicants("UK or Ireland")).isEqualTo(List
			.of(Map.of("@type", "Country", "name", "United Kingdom"), Map.of("@type", "Country", "name", "Ireland")));
		assertThat(JobPostingJsonLd.applicants("UK, Portugal and Spain")).asList().hasSize(3);
	}

	@Test
	void wordsThatNameNoCountryAreLeftOut() {
		assertThat(JobPostingJsonLd.applicants("Europe"))
			.isEqualTo(Map.of("@type", "Country", "name", "United Kingdom"));
		assertThat(JobPostingJsonLd.applicants("UK or EU, within commuting distance"))
			.isEqualTo(Map.of("@type", "Country", "name", "United Kingdom"));
	}

}
