package uk.mljobs.shared;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Formats whole pounds sterling the way UK readers expect: {@code £100,000}.
 */
public final class Gbp {

	private Gbp() {
	}

	public static String format(long pounds) {
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.UK);
		return "£" + format.format(pounds);
	}

}
