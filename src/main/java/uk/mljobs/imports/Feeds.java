package uk.mljobs.imports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What the feed formats share.
 */
final class Feeds {

	private Feeds() {
	}

	/** A token as one URL path segment: nothing in it can reach another path or host. */
	static String segment(String token) {
		return URLEncoder.encode(token.strip(), StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * "United Kingdom", "UK", "GB", "England": GB; another country's name or code as
	 * given, upper case.
	 */
	static String country(String nameOrCode) {
		if (nameOrCode == null || nameOrCode.isBlank()) {
			return null;
		}
		String value = nameOrCode.strip().toUpperCase(Locale.ROOT);
		return switch (value) {
			case "GB", "GBR", "UK", "UNITED KINGDOM", "GREAT BRITAIN", "ENGLAND", "SCOTLAND", "WALES",
					"NORTHERN IRELAND" ->
				"GB";
			default -> value;
		};
	}

	/**
	 * An interval such as "1 YEAR", "per-year-salary", "YEAR" as YEAR, DAY, HOUR, WEEK or
	 * MONTH.
	 */
	static String interval(String words) {
		if (words == null) {
			return "UNKNOWN";
		}
		String lower = words.toLowerCase(Locale.ROOT);
		if (lower.matches("1 ?year|per-year.*|year|yearly|annual.*")) {
			return "YEAR";
		}
		if (lower.matches("1 ?day|per-day.*|day|daily")) {
			return "DAY";
		}
		if (lower.matches("1 ?hour|per-hour.*|hour|hourly")) {
			return "HOUR";
		}
		if (lower.matches("\\d+ ?weeks?|per-week.*|week|weekly")) {
			return "WEEK";
		}
		if (lower.matches("\\d+ ?months?|per-month.*|month|monthly")) {
			return "MONTH";
		}
		return "UNKNOWN";
	}

}
