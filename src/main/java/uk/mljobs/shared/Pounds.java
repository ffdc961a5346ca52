package uk.mljobs.shared;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Whole pounds as people type them into a form: {@code 65000}, {@code £65,000},
 * {@code 65 000}. Every form reads pounds here; {@link Gbp} writes them.
 */
public final class Pounds {

	private static final Pattern GROUPING = Pattern.compile("[,\\s]");

	private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

	private Pounds() {
	}

	/**
	 * The figure, or empty when the text is blank or not whole pounds (a sign, pence, a
	 * word, more than nine digits).
	 */
	public static OptionalInt parse(String text) {
		if (text == null) {
			return OptionalInt.empty();
		}
		String typed = text.strip();
		if (typed.startsWith("£")) {
			typed = typed.substring(1);
		}
		String digits = GROUPING.matcher(typed).replaceAll("");
		return WHOLE.matcher(digits).matches() ? OptionalInt.of(Integer.parseInt(digits)) : OptionalInt.empty();
	}

}
