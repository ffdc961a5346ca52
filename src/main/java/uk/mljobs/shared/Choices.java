package uk.mljobs.shared;

import java.util.List;
import java.util.function.Function;

/**
 * Resolves a query parameter's slug against the values it may take, so that a filter is
 * either one of them, absent, or a 400 that lists what is allowed.
 */
public final class Choices {

	private Choices() {
	}

	/**
	 * @return the matching choice, or {@code null} when the parameter is absent or blank
	 * @throws InvalidParameterException when the value matches no choice
	 */
	public static <T> T pick(String parameter, String value, List<T> choices, Function<T, String> slug) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return choices.stream()
			.filter((choice) -> slug.apply(choice).equals(value))
			.findFirst()
			.orElseThrow(() -> InvalidParameterException.unknownValue(parameter, value,
					choices.stream().map(slug).toList()));
	}

}
