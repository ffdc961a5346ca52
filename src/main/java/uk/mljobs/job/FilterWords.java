package uk.mljobs.job;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.mljobs.market.TownView;
import uk.mljobs.search.SynonymList;
import uk.mljobs.search.Words;

/**
 * Words seekers type that are really filters: places ({@code london}, {@code milton
 * keynes}, {@code uk}), work modes ({@code remote}, {@code hybrid}), employment types
 * ({@code contract}, {@code permanent}), IR35 ({@code outside ir35}), clearance
 * ({@code sc}, {@code dv}), {@code visa} and levels ({@code senior}, {@code junior},
 * {@code principal}, {@code head}). The longest run of words wins, as with synonyms.
 */
final class FilterWords {

	/** The longest filter phrase, in words. */
	private static final int MAX_WORDS = 3;

	/** Said of "uk": every job here is in the UK, so the word filters nothing. */
	static final String EVERYWHERE = "";

	private static final Map<String, Filter> FIXED = fixed();

	private FilterWords() {
	}

	/**
	 * What a phrase filters on.
	 *
	 * @param parameter the search parameter, or {@link #EVERYWHERE} for a word that
	 * narrows nothing
	 * @param values the values it takes
	 * @param label how it reads: "Remote", "Outside IR35", "London"
	 */
	record Filter(String parameter, List<String> values, String label) {
	}

	/**
	 * A filter phrase found in a search.
	 *
	 * @param typed the words as typed, as {@link Words#without} takes them
	 */
	record Found(String typed, Filter filter) {
	}

	/**
	 * The filter phrases in {@code q}: among its words outside quotes, in a search
	 * without alternatives.
	 */
	static List<Found> find(String q, Vocabulary words) {
		Words parsed = Words.parse(q);
		if (parsed == null || parsed.anyOf().size() != 1) {
			return List.of();
		}
		List<Words.Term> terms = parsed.anyOf().get(0).required();
		List<Found> found = new ArrayList<>();
		int i = 0;
		while (i < terms.size()) {
			int matched = 0;
			Filter filter = null;
			StringBuilder run = new StringBuilder();
			for (int j = i; j < terms.size() && j < i + MAX_WORDS && !terms.get(j).phrase(); j++) {
				run.append(run.isEmpty() ? "" : " ").append(terms.get(j).text());
				Filter candidate = lookup(SynonymList.key(run.toString()), words);
				if (candidate != null) {
					matched = j - i + 1;
					filter = candidate;
				}
			}
			if (matched == 0) {
				i++;
				continue;
			}
			List<String> typed = new ArrayList<>();
			for (int j = i; j < i + matched; j++) {
				typed.add(terms.get(j).text());
			}
			found.add(new Found(String.join(" ", typed), filter));
			i += matched;
		}
		return found;
	}

	private static Filter lookup(String key, Vocabulary words) {
		Filter fixed = FIXED.get(key);
		if (fixed != null) {
			return fixed;
		}
		for (TownView town : words.ukTownsBySlug().values()) {
			if (SynonymList.key(town.name()).equals(key)) {
				return new Filter("town", List.of(town.slug()), town.name());
			}
		}
		return null;
	}

	private static Map<String, Filter> fixed() {
		Map<String, Filter> all = new HashMap<>();
		put(all, new Filter(EVERYWHERE, List.of(), "anywhere in the UK"), "uk", "united kingdom", "gb",
				"great britain");
		put(all, new Filter("workMode", List.of("remote"), "Remote"), "remote", "fully remote", "wfh", "work from home",
				"remote first");
		put(all, new Filter("workMode", List.of("hybrid"), "Hybrid"), "hybrid");
		put(all, new Filter("workMode", List.of("on-site"), "On-site"), "on site", "onsite", "office based",
				"in office");
		put(all, new Filter("type", List.of("contract"), "Contract"), "contract", "contracts", "contractor",
				"freelance");
		put(all, new Filter("type", List.of("permanent-full-time", "permanent-part-time"), "Permanent"), "permanent",
				"perm");
		put(all, new Filter("type", List.of("permanent-part-time"), "Part-time"), "part time", "parttime");
		put(all, new Filter("type", List.of("fixed-term"), "Fixed-term"), "fixed term", "ftc");
		put(all, new Filter("ir35", List.of("outside"), "Outside IR35"), "outside ir35", "outside ir 35",
				"ir35 outside");
		put(all, new Filter("ir35", List.of("inside"), "Inside IR35"), "inside ir35", "inside ir 35", "ir35 inside");
		put(all, new Filter("clearance", List.of("sc"), "SC clearance"), "sc", "sc cleared", "sc clearance");
		put(all, new Filter("clearance", List.of("dv"), "DV clearance"), "dv", "dv cleared", "dv clearance");
		put(all, new Filter("clearance", List.of("bpss"), "BPSS clearance"), "bpss");
		put(all, new Filter("clearance", List.of("ctc"), "CTC clearance"), "ctc");
		put(all, new Filter("visa", List.of("yes"), "Visa sponsorship"), "visa", "visa sponsorship", "sponsorship",
				"visa sponsored");
		put(all, new Filter("level", List.of("junior"), "Junior"), "junior", "graduate", "entry level");
		put(all, new Filter("level", List.of("mid"), "Mid-level"), "mid", "mid level");
		put(all, new Filter("level", List.of("senior"), "Senior"), "senior", "snr");
		put(all, new Filter("level", List.of("principal"), "Principal / Staff"), "principal", "staff");
		put(all, new Filter("level", List.of("head"), "Head of"), "head", "head of");
		return Map.copyOf(all);
	}

	private static void put(Map<String, Filter> all, Filter filter, String... phrases) {
		for (String phrase : phrases) {
			all.put(SynonymList.key(phrase), filter);
		}
	}

}
