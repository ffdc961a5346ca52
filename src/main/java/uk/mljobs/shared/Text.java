package uk.mljobs.shared;

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

	public static String clean(String text) {
		return (text != null) ? FORBIDDEN.matcher(text).replaceAll("") : null;
	}

}
