package uk.mljobs.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import uk.mljobs.job.SearchResults.Suggestion;
import uk.mljobs.job.SearchResults.Understood;
import uk.mljobs.search.Engines;
import uk.mljobs.search.Synonyms;
import uk.mljobs.search.Words;

/**
 * Reads a search as the seeker meant it when the words as typed find little: words that
 * are filters ({@link FilterWords}) become those filters, and misspelt words their likely
 * spelling ({@link Engines#spellings}). The search as understood is shown when it finds
 * more, with a link to the search as typed; otherwise the filters the words could have
 * been are offered beside the results, each with its count.
 */
final class SearchUnderstanding {

	/** Fewer results than this, and the search is read again as understood. */
	static final int FEW = 3;

	private final Engines engines;

	private final Synonyms synonyms;

	private final Function<Map<String, List<String>>, SearchCriteria> criteria;

	private final BiFunction<SearchCriteria, Set<Long>, Long> count;

	/**
	 * @param criteria reads parameters
	 * @param count how many jobs a search finds, leaving out some postings by id
	 */
	SearchUnderstanding(Engines engines, Synonyms synonyms,
			Function<Map<String, List<String>>, SearchCriteria> criteria,
			BiFunction<SearchCriteria, Set<Long>, Long> count) {
		this.engines = engines;
		this.synonyms = synonyms;
		this.criteria = criteria;
		this.count = count;
	}

	/**
	 * The search as understood, when it differs from the one typed and the typed one
	 * found few; else {@code null}.
	 */
	Understood understand(SearchCriteria typed, long found, Vocabulary words) {
		if (!typed.hasQuery() || typed.asTyped() || found >= FEW) {
			return null;
		}
		String q = typed.q();
		Map<String, List<String>> filters = new LinkedHashMap<>();
		List<String> labels = new ArrayList<>();
		for (FilterWords.Found phrase : FilterWords.find(q, words)) {
			FilterWords.Filter filter = phrase.filter();
			if (typed.parameters().containsKey(filter.parameter()) || filters.containsKey(filter.parameter())) {
				continue;
			}
			q = without(q, phrase.typed());
			if (!FilterWords.EVERYWHERE.equals(filter.parameter())) {
				filters.put(filter.parameter(), filter.values());
			}
			labels.add(filter.label());
		}
		q = spelt(q);
		if (labels.isEmpty() && typed.q().equals(q)) {
			return null;
		}
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		if (q != null) {
			parameters.put("q", List.of(q));
		}
		typed.without("q").forEach(parameters::put);
		parameters.putAll(filters);
		parameters.remove("asTyped");
		Map<String, List<String>> asTyped = new LinkedHashMap<>(typed.without("asTyped"));
		asTyped.put("asTyped", List.of("yes"));
		return new Understood(q, List.copyOf(labels), parameters, typed.q(), asTyped);
	}

	/** The criteria of a search as understood. */
	SearchCriteria criteria(Understood understood) {
		return this.criteria.apply(understood.parameters());
	}

	/**
	 * Filters the words could have been, each with the jobs it would find: "Filter by
	 * Remote".
	 * @param hidden postings the counts leave out, as the search itself does
	 */
	List<Suggestion> offers(SearchCriteria typed, Vocabulary words, Set<Long> hidden) {
		if (!typed.hasQuery()) {
			return List.of();
		}
		List<Suggestion> offers = new ArrayList<>();
		for (FilterWords.Found phrase : FilterWords.find(typed.q(), words)) {
			FilterWords.Filter filter = phrase.filter();
			if (FilterWords.EVERYWHERE.equals(filter.parameter())
					|| typed.parameters().containsKey(filter.parameter())) {
				continue;
			}
			String q = without(typed.q(), phrase.typed());
			Map<String, List<String>> parameters = new LinkedHashMap<>(typed.without("q"));
			if (q != null) {
				parameters.put("q", List.of(q));
			}
			parameters.put(filter.parameter(), filter.values());
			long jobs = this.count.apply(this.criteria.apply(parameters), hidden);
			if (jobs > 0) {
				Map<String, List<String>> changes = new LinkedHashMap<>();
				changes.put("q", (q != null) ? List.of(q) : null);
				changes.put(filter.parameter(), filter.values());
				offers.add(new Suggestion("Filter by " + filter.label(), changes, jobs, false));
			}
		}
		return offers;
	}

	/** The words with likely misspellings corrected. */
	private String spelt(String q) {
		Words words = Words.parse(q);
		if (words == null || words.anyOf().size() != 1) {
			return q;
		}
		List<String> candidates = new ArrayList<>();
		for (Words.Term term : words.anyOf().get(0).required()) {
			if (!term.phrase() && !term.text().contains(" ")
					&& this.synonyms.current().list().alternativesOf(term.text()).isEmpty()) {
				candidates.add(term.text());
			}
		}
		String spelt = q;
		for (Map.Entry<String, String> fix : this.engines.spellings(candidates).entrySet()) {
			spelt = Words.parse(spelt).replacing(fix.getKey(), fix.getValue());
		}
		return spelt;
	}

	private static String without(String q, String typed) {
		Words words = Words.parse(q);
		if (words == null) {
			return null;
		}
		String rest = words.without(typed);
		return rest.isBlank() ? null : rest;
	}

}
