package uk.mljobs.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as people type it, minus what no page may carry: control characters other than
 * tab, line feed and carriage return, and the noncharacters U+FFFE and U+FFFF. HTML
 * forbids them, and they only ever arrive by accident or on purpose.
 */
public final class Text {

	private static final Pattern FORBIDDEN = Pattern
		.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\uFFFE\\uFFFF]");

	private Text() {
	}

	private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");

	public static String clean(String text) {
		return (text != null) ? FORBIDDEN.matcher(text).replaceAll("") : null;
	}

	/**
	 * A single-line value (a title, a name): line breaks become one space, so a title
	 * cannot start a line of its own in a plain-text mail or digest. Trimmed.
	 */
	public static String oneLine(String text) {
		return (text != null) ? LINE_BREAKS.matcher(clean(text)).replaceAll(" ").strip() : "";
	}

	/**
	 * The one spelling two values are compared by: NFKC (full-width "ＭＬ" is "ML", the "ﬁ"
	 * ligature is "fi"), then lower case by the root locale. Everything that must match
	 * case-blind (emails, tags) is folded here, once, and stored folded; PostgreSQL only
	 * ever compares the stored strings as they are, never with its own {@code lower()},
	 * whose Unicode tables are newer than Java 17's and disagree on letters such as
	 * U+A7C0.
	 */
	public static String fold(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT) : null;
	}

}
