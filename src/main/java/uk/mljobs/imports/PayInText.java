package uk.mljobs.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.mljobs.shared.PayText;

/**
 * Pay as employers write it in a job ad: {@code £80,000 - £100,000}, {@code £80k–£100k},
 * {@code £80-100k}, {@code up to £90k}, {@code £600-£700 per day},
 * {@code £550/day outside IR35}, {@code GBP 70,000 to 85,000 per annum}.
 * <p>
 * The rules, in order: only pounds (a figure in dollars or euros is not ours to convert);
 * a figure followed by words that make it something other than pay (a learning budget, a
 * bonus, equity, funding, a headcount) does not count; a range beats a single figure; an
 * explicit unit ("k", "per annum", "a day", "p/d") decides whether it is a salary or a
 * day rate, else its size does, a bare figure under {@value PayText#MAX_DAY_RATE}
 * counting as a day rate only where the text speaks of a day rate or a contract. "Up to
 * £90k" and "from £70k" are read as that one figure. Hourly and monthly pay is not read:
 * the board states salaries and day rates only.
 */
final class PayInText {

	private static final String AMOUNT = "(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d{1,2})?)\\s*(k)?";

	private static final String DASH = "\\s*(?:-|–|—|to|and)\\s*";

	private static final Pattern RANGE = Pattern.compile(
			"(?:£|gbp\\s*)\\s*" + AMOUNT + DASH + "(?:£|gbp\\s*)?\\s*" + AMOUNT + "(?:\\s*gbp)?" + "(?=(.{0,40}))",
			Pattern.DOTALL);

	private static final Pattern SINGLE = Pattern.compile(
			"(?:(up to|upto|from|circa|c\\.|around|about)\\s*)?(?:£|gbp\\s*)\\s*" + AMOUNT + "(?=(.{0,40}))",
			Pattern.DOTALL);

	/** A bare range with the currency after it: "70,000 - 85,000 GBP". */
	private static final Pattern RANGE_CURRENCY_AFTER = Pattern
		.compile("(?<![\\d£])" + AMOUNT + DASH + AMOUNT + "\\s*(?:gbp|pounds)" + "(?=(.{0,40}))", Pattern.DOTALL);

	private static final Pattern DAILY = Pattern
		.compile("^\\s*(?:/\\s*(?:day|d)\\b|p/?d\\b|per\\s+day|a\\s+day|an?\\s+day|daily|day\\s+rate)");

	private static final Pattern YEARLY = Pattern.compile(
			"^\\s*(?:/\\s*(?:year|yr|annum|y)\\b|p\\.?a\\.?\\b|per\\s+(?:year|annum)|a\\s+year|annual|annually|salary|base)");

	private static final Pattern OTHER_UNIT = Pattern.compile(
			"^\\s*(?:/\\s*(?:hour|hr|h|month|mo|week|wk)\\b|p/?h\\b|per\\s+(?:hour|month|week)|an?\\s+(?:hour|month|week)"
					+ "|hourly|monthly|weekly)");

	/** Words right after a figure that make it something other than pay. */
	private static final Pattern NOT_PAY = Pattern
		.compile("^\\s*(?!(?:plus|with|and)\\b)(?:[a-z]+\\s+){0,2}?(?:budget|allowance|"
				+ "bonus|stipend|relocation|sign[- ]?on|signing|equity|shares|options|stock|pension|funding|raised|series|"
				+ "revenue|customers|users|bn\\b|billion|m\\b|million|towards|contribution|voucher|credit|referral|per\\s+"
				+ "(?:employee|person|head)\\b|learning|training|home[- ]office|wellbeing|gym|cashback)");

	/** Where a bare figure under the day-rate cap may be read as a day rate. */
	private static final Pattern SPEAKS_OF_DAYS = Pattern
		.compile("day rate|daily rate|per day|a day|/day|p/d|\\bpd\\b|contract|freelance|ir35|interim");

	private PayInText() {
	}

	/**
	 * Pay found in an ad.
	 *
	 * @param min whole pounds
	 * @param max whole pounds, at least {@code min}
	 * @param daily a day rate, else a year's salary
	 */
	record Found(int min, int max, boolean daily) {

		String label() {
			String unit = this.daily ? " a day" : " a year";
			return (this.min == this.max) ? uk.mljobs.shared.Gbp.format(this.min) + unit
					: uk.mljobs.shared.Gbp.format(this.min) + "–" + uk.mljobs.shared.Gbp.format(this.max) + unit;
		}

	}

	/** The ad's pay, or empty when it states none we can read as a salary or day rate. */
	static Optional<Found> in(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String lower = text.toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
		boolean speaksOfDays = SPEAKS_OF_DAYS.matcher(lower).find();
		List<Found> ranges = new ArrayList<>();
		List<int[]> spans = new ArrayList<>();
		collectRanges(RANGE.matcher(lower), speaksOfDays, ranges, spans);
		collectRanges(RANGE_CURRENCY_AFTER.matcher(lower), speaksOfDays, ranges, spans);
		if (!ranges.isEmpty()) {
			return Optional.of(ranges.get(0));
		}
		Matcher single = SINGLE.matcher(lower);
		while (single.find()) {
			int at = single.start(2);
			if (spans.stream().anyMatch((span) -> at >= span[0] && at < span[1])) {
				// A figure of a range that is not pay, or not a sane range: not pay alone
				// either.
				continue;
			}
			Double figure = pounds(single.group(2), single.group(3));
			String after = single.group(4);
			if (figure == null || NOT_PAY.matcher(after).find() || OTHER_UNIT.matcher(after).find()) {
				continue;
			}
			Boolean daily = unit(after, single.group(3) != null, figure, speaksOfDays);
			if (daily != null && sane(figure.intValue(), figure.intValue(), daily)) {
				return Optional.of(new Found(figure.intValue(), figure.intValue(), daily));
			}
		}
		return Optional.empty();
	}

	private static void collectRanges(Matcher m, boolean speaksOfDays, List<Found> into, List<int[]> spans) {
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
			String after = m.group(5);
			if (NOT_PAY.matcher(after).find() || OTHER_UNIT.matcher(after).find()) {
				continue;
			}
			// "£80-100k": the "k" of the top applies to the bottom too.
			boolean thousands = m.group(2) != null || m.group(4) != null;
			Double low = pounds(m.group(1),
					(m.group(2) != null || (m.group(4) != null && small(m.group(1)))) ? "k" : null);
			Double high = pounds(m.group(3), m.group(4));
			if (low == null || high == null) {
				continue;
			}
			Boolean daily = unit(after, thousands, high, speaksOfDays);
			int min = low.intValue();
			int max = high.intValue();
			if (daily != null && sane(min, max, daily)) {
				into.add(new Found(min, max, daily));
				return;
			}
		}
	}

	/** "80" in "£80-100k" is in thousands; "80,000" is not. */
	private static boolean small(String digits) {
		return !digits.contains(",") && Double.parseDouble(digits) < 1000;
	}

	private static Double pounds(String digits, String k) {
		double figure = Double.parseDouble(digits.replace(",", ""));
		if (k != null) {
			figure *= 1000;
		}
		if (figure != Math.rint(figure) || figure > PayText.MAX_SALARY * 10.0) {
			return null;
		}
		return figure;
	}

	/** True for a day rate, false for a salary, null when it is neither. */
	private static Boolean unit(String after, boolean thousands, double figure, boolean speaksOfDays) {
		if (DAILY.matcher(after).find()) {
			return true;
		}
		if (thousands || YEARLY.matcher(after).find() || figure >= PayText.MIN_SALARY) {
			return false;
		}
		if (figure >= PayText.MIN_DAY_RATE && figure <= PayText.MAX_DAY_RATE && speaksOfDays) {
			return true;
		}
		return null;
	}

	/**
	 * Within the board's bounds, the bottom no higher than the top, and the top no more
	 * than two and a half times the bottom (a wider "range" is two figures that are not
	 * one).
	 */
	private static boolean sane(int min, int max, boolean daily) {
		int floor = daily ? PayText.MIN_DAY_RATE : PayText.MIN_SALARY;
		int ceiling = daily ? PayText.MAX_DAY_RATE : PayText.MAX_SALARY;
		return min >= floor && max <= ceiling && min <= max && max <= min * 2.5;
	}

}
