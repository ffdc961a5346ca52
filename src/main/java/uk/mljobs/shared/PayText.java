package uk.mljobs.shared;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pay as people type it into a search box: {@code 70k}, {@code £70,000}, {@code 70000},
 * {@code £600/day}, {@code 600 a day}, {@code 650pd}. A figure without a unit reads as a
 * day rate up to {@value #MAX_DAY_RATE} and as a salary from {@value #MIN_SALARY}: no UK
 * machine-learning day rate is above the one, and no salary below the other.
 */
public final class PayText {

	public static final int MIN_DAY_RATE = 100;

	public static final int MAX_DAY_RATE = 5_000;

	public static final int MIN_SALARY = 10_000;

	public static final int MAX_SALARY = 1_000_000;

	private static final Pattern PAY = Pattern.compile(
			"£?\\s*(\\d{1,3}(?:,\\d{3})+|\\d{1,7}(?:\\.\\d{1,2})?)\\s*(k)?\\s*(/\\s*(?:day|d)|(?:a|an|per)\\s+day|pd|p/d|daily"
					+ "|/\\s*(?:year|yr|annum|y)|(?:a|per)\\s+(?:year|annum)|pa|p/a|annually)?");

	private PayText() {
	}

	/**
	 * What was typed, read.
	 *
	 * @param pounds whole pounds, a day rate when {@code daily}, else a year's salary
	 */
	public record Pay(int pounds, boolean daily) {

		/** As a search link carries it: a plain number, its size telling which. */
		public String canonical() {
			return Integer.toString(this.pounds);
		}

		/** "£70,000 a year", "£600 a day". */
		public String label() {
			return Gbp.format(this.pounds) + (this.daily ? " a day" : " a year");
		}

	}

	/**
	 * Reads {@code text}.
	 * @throws IllegalArgumentException with a message for the seeker, when it is not pay
	 * or out of the sane range
	 */
	public static Pay parse(String text) {
		String typed = (text == null) ? "" : text.strip().toLowerCase(Locale.ROOT);
		Matcher m = PAY.matcher(typed);
		if (typed.isEmpty() || typed.length() > 30 || !m.matches()) {
			throw new IllegalArgumentException(
					"Enter pay as a salary, such as 70k or £70,000, or a day rate, such as £600 a day.");
		}
		double figure = Double.parseDouble(m.group(1).replace(",", ""));
		boolean thousands = m.group(2) != null;
		if (thousands) {
			figure *= 1_000;
		}
		if (figure != Math.rint(figure) || figure > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("Enter whole pounds, such as 70k or £70,500.");
		}
		int pounds = (int) figure;
		String unit = m.group(3);
		boolean daily;
		if (unit != null) {
			daily = unit.contains("d");
		}
		else {
			daily = !thousands && pounds <= MAX_DAY_RATE;
		}
		if (daily && (pounds < MIN_DAY_RATE || pounds > MAX_DAY_RATE)) {
			throw new IllegalArgumentException("Enter a day rate from " + Gbp.format(MIN_DAY_RATE) + " to "
					+ Gbp.format(MAX_DAY_RATE) + ", or a salary such as 70k.");
		}
		if (!daily && (pounds < MIN_SALARY || pounds > MAX_SALARY)) {
			throw new IllegalArgumentException("Enter a salary from " + Gbp.format(MIN_SALARY) + " to "
					+ Gbp.format(MAX_SALARY) + ", or a day rate such as £600 a day.");
		}
		return new Pay(pounds, daily);
	}

}
