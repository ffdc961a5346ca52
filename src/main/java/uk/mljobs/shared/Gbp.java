package uk.mljobs.shared;

/**
 * Formats whole pounds sterling the way UK readers expect: {@code £100,000}.
 */
public final class Gbp {

	private Gbp() {
	}

	public static String format(long pounds) {
		return ((pounds < 0) ? "-£" : "£") + grouped(Math.abs(pounds));
	}

	/**
	 * Digits in threes with commas, as en-GB writes them; written out by hand because a
	 * search page formats dozens and a NumberFormat costs more to make than to use.
	 */
	public static String grouped(long number) {
		String digits = Long.toString(number);
		int start = digits.startsWith("-") ? 1 : 0;
		StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
		out.append(digits, 0, start);
		for (int i = start; i < digits.length(); i++) {
			if (i > start && (digits.length() - i) % 3 == 0) {
				out.append(',');
			}
			out.append(digits.charAt(i));
		}
		return out.toString();
	}

}
