package uk.mljobs.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.mljobs.market.TownView;

/**
 * Where an ad's job is, read from the feed's location text and country code: a UK town
 * the board lists, remote in the UK, or a reason to skip it.
 * <p>
 * The rules: a country code other than GB (or UK) is abroad; location text naming another
 * country, a US state ("Cambridge, MA") or a region wider than the UK ("EMEA", "Europe",
 * "Remote - anywhere") is abroad unless it also names the UK or a UK town; a UK town the
 * board lists is the place, the first named if several; "Remote" with the UK (or with a
 * UK country code) is remote in the UK; a place in the UK that is not a town the board
 * lists is skipped with its name, so an admin can add it.
 */
final class UkPlace {

	private static final Pattern UK = Pattern.compile(
			"\\b(?:uk|u\\.k\\.|united kingdom|great britain|britain|england|scotland|wales|northern ireland|gb)\\b");

	private static final Pattern REMOTE = Pattern.compile("\\bremote\\b|\\bwork from home\\b|\\bhome[- ]based\\b");

	private static final Pattern ELSEWHERE = Pattern.compile("\\b(?:united states|usa|u\\.s\\.|us|canada|ireland|"
			+ "dublin|france|paris|germany|berlin|munich|netherlands|amsterdam|spain|madrid|barcelona|portugal|lisbon|"
			+ "poland|warsaw|india|bangalore|bengaluru|singapore|australia|sydney|new york|san francisco|seattle|"
			+ "boston|austin|toronto|tel aviv|israel|emea|europe|eu|apac|latam|americas|worldwide|anywhere|global|"
			+ "sweden|stockholm|switzerland|zurich|denmark|copenhagen|belgium|brussels|italy|milan|romania|"
			+ "bucharest|greece|athens|japan|tokyo|china|hong kong|brazil|mexico)\\b");

	/** ", CA", ", MA", ", NY" and the like after a town: a US state. */
	private static final Pattern US_STATE = Pattern.compile(",\\s*(?:al|ak|az|ar|ca|co|ct|de|fl|ga|hi|id|il|in|ia|"
			+ "ks|ky|la|me|md|ma|mi|mn|ms|mo|mt|ne|nv|nh|nj|nm|ny|nc|nd|oh|ok|or|pa|ri|sc|sd|tn|tx|ut|vt|va|wa|wv|wi|"
			+ "wy|dc)\\b");

	private static final Set<String> UK_CODES = Set.of("GB", "GBR", "UK");

	private record Named(TownView town, Pattern name) {

	}

	private final List<Named> towns;

	/**
	 * @param towns the board's towns; those abroad are ignored
	 */
	UkPlace(List<TownView> towns) {
		// Longest names first, so that of two towns named at one place the longer wins.
		this.towns = towns.stream()
			.filter((town) -> "GB".equals(town.country()))
			.sorted(Comparator.comparingInt((TownView town) -> town.name().length()).reversed())
			.map((town) -> new Named(town,
					Pattern.compile("\\b" + Pattern.quote(town.name().toLowerCase(Locale.ROOT)) + "\\b")))
			.toList();
	}

	/** A place in the UK, or why the ad is skipped. */
	sealed interface Reading permits Found, Skipped {

	}

	/**
	 * @param town the town named, or {@code null} for remote in the UK with no town
	 * @param remote the ad says the job is remote
	 */
	record Found(TownView town, boolean remote) implements Reading {

	}

	/**
	 * @param reason why, in a few words an admin reads in the source's counts
	 */
	record Skipped(String reason) implements Reading {

	}

	static final String ABROAD = "outside the UK";

	static final String NO_PLACE = "no location given";

	static final String REMOTE_SOMEWHERE = "remote, not said to be in the UK";

	static Skipped unlisted(String name) {
		return new Skipped("UK town not listed: " + name);
	}

	/**
	 * @param locations the feed's location texts, first the main one
	 * @param countryCode the feed's country code, or {@code null}
	 */
	Reading read(List<String> locations, String countryCode) {
		String code = (countryCode == null) ? null : countryCode.strip().toUpperCase(Locale.ROOT);
		if (code != null && !code.isEmpty() && !UK_CODES.contains(code)) {
			return new Skipped(ABROAD);
		}
		boolean ukCode = code != null && UK_CODES.contains(code);
		List<String> texts = new ArrayList<>();
		for (String location : locations) {
			if (location != null && !location.isBlank()) {
				texts.add(location.toLowerCase(Locale.ROOT).replace('\u00a0', ' ').strip());
			}
		}
		if (texts.isEmpty()) {
			return ukCode ? new Found(null, false) : new Skipped(NO_PLACE);
		}
		String all = String.join(" / ", texts);
		Named town = firstTown(all);
		boolean remote = REMOTE.matcher(all).find();
		boolean uk = ukCode || UK.matcher(all).find();
		if (town != null && US_STATE.matcher(tail(all, town)).lookingAt()) {
			// "Cambridge, MA" is not Cambridge.
			town = null;
			uk = ukCode || UK.matcher(all.replace(",", " ")).find();
		}
		if (town != null) {
			return new Found(town.town(), remote);
		}
		if (!uk && remote && !ELSEWHERE.matcher(all).find()) {
			return new Skipped(REMOTE_SOMEWHERE);
		}
		if (!uk || (ELSEWHERE.matcher(all).find() && !UK.matcher(all).find())) {
			return new Skipped(ABROAD);
		}
		if (remote) {
			return new Found(null, true);
		}
		String named = texts.get(0).split("[,/(;|]")[0].strip();
		if (named.isEmpty() || UK.matcher(named).matches()) {
			return new Found(null, false);
		}
		return unlisted(capitalised(named));
	}

	/** The town named first in {@code text}, with the text after its name. */
	private Named firstTown(String text) {
		Named first = null;
		int at = Integer.MAX_VALUE;
		for (Named town : this.towns) {
			Matcher m = town.name().matcher(text);
			if (m.find() && m.start() < at) {
				at = m.start();
				first = town;
			}
		}
		return first;
	}

	private static String tail(String text, Named town) {
		Matcher m = town.name().matcher(text);
		return m.find() ? text.substring(m.end()) : "";
	}

	private static String capitalised(String words) {
		StringBuilder out = new StringBuilder();
		for (String word : words.split("\\s+")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		return out.toString();
	}

}
