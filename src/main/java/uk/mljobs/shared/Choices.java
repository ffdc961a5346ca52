package uk.mljobs.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a choice from text: a query parameter's slug against the values it may take, and
 * an enum constant from a form or an address. Every feature picks its choices here.
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

	/**
	 * How addresses and settings write an enum constant: its name in lower case, with
	 * hyphens for underscores ({@code ON_SITE} is {@code on-site}).
	 */
	public static String slug(Enum<?> constant) {
		return slug(constant.name());
	}

	/** Whether {@code text} names the constant called {@code name}, by name or slug. */
	public static boolean names(String text, String name) {
		return name.equals(text) || slug(name).equals(text);
	}

	private static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * The constant of {@code type} that {@code text} names, by its name (as a form's
	 * options carry it: {@code ON_SITE}) or its {@link #slug} ({@code on-site}); empty
	 * for anything else, blank included.
	 */
	public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String text) {
		for (E constant : type.getEnumConstants()) {
			if (names(text, constant.name())) {
				return Optional.of(constant);
			}
		}
		return Optional.empty();
	}

}
