package uk.mljobs.support;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A search's parameters for tests, names and values in turn, some repeated. */
public final class SearchParameters {

	private SearchParameters() {
	}

	/**
	 * The parameters, with {@code q} set to {@code marker} unless given: a test's own
	 * postings carry a marker word, so other tests' postings never change its answers.
	 */
	public static MultiValueMap<String, String> of(String marker, String... namesAndValues) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		parameters.putIfAbsent("q", java.util.List.of(marker));
		return parameters;
	}

}
