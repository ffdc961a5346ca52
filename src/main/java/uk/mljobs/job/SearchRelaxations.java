package uk.mljobs.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import uk.mljobs.job.FacetSpecs.FacetSpec;
import uk.mljobs.job.SearchResults.Suggestion;
import uk.mljobs.search.Engines;
import uk.mljobs.search.SearchHits;
import uk.mljobs.search.SearchQuery;
import uk.mljobs.search.Words;

/**
 * What a search without results offers instead: every single change that would find jobs,
 * each with how many, so no search is a dead end.
 */
final class SearchRelaxations {

	/** The most changes a search without results offers. */
	static final int MAX_SUGGESTIONS = 6;

	private final Engines engines;

	private final BiFunction<SearchCriteria, Integer, SearchQuery.Near> near;

	/**
	 * @param near the towns within a distance of the search's town
	 */
	SearchRelaxations(Engines engines, BiFunction<SearchCriteria, Integer, SearchQuery.Near> near) {
		this.engines = engines;
		this.near = near;
	}

	/**
	 * With no results, every single change that would find some: each filter removed, the
	 * minimum pay dropped, each word left out (or all of them), each with the number of
	 * jobs it would find, most first.
	 */
	List<Suggestion> suggestions(SearchCriteria c, SearchQuery query, Vocabulary words) {
		Map<String, FacetSpec> specs = new LinkedHashMap<>();
		FacetSpecs.specs(c, words).forEach((spec) -> specs.put(spec.name(), spec));
		List<Suggestion> suggestions = new ArrayList<>();
		if (c.near() != null) {
			nearer(c, query, suggestions);
		}
		for (String name : c.parameters().keySet()) {
			if (c.isFiltered(name)) {
				SearchQuery relaxed = switch (name) {
					case "minPay" -> query.withoutMinPay();
					case "near" -> query.withNear(null);
					default -> query.without(FacetSpecs.dimension(name));
				};
				Map<String, List<String>> changes = new LinkedHashMap<>();
				changes.put(name, null);
				suggest(suggestions, "Remove " + FacetSpecs.filterLabel(c, name, specs.get(name), words), changes,
						relaxed);
			}
		}
		if (c.hasQuery()) {
			List<String> terms = Words.parse(c.q()).droppable();
			if (terms.size() > 1) {
				for (String term : terms) {
					Map<String, List<String>> changes = new LinkedHashMap<>();
					String rest = Words.parse(c.q()).without(term);
					changes.put("q", List.of(rest));
					suggest(suggestions, "Leave out the word “" + term + "”", changes,
							query.withWords(Words.parse(rest)));
				}
			}
			Map<String, List<String>> changes = new LinkedHashMap<>();
			changes.put("q", null);
			suggest(suggestions, "Search without the words “" + c.q() + "”", changes, query.withoutWords());
		}
		if (suggestions.isEmpty() && c.filterCount() > 1) {
			// No single change helps: the words alone, every filter removed, still
			// without the postings the search leaves out.
			Map<String, List<String>> changes = new LinkedHashMap<>();
			SearchQuery unfiltered = new SearchQuery(query.words(), Map.of(), null, query.liveOn(), query.now(),
					query.asOf(), null, null, query.order(), 0, 0, null, false, null, query.excluded());
			c.parameters().keySet().stream().filter(c::isFiltered).forEach((name) -> changes.put(name, null));
			changes.put("within", null);
			changes.put("remote", null);
			suggest(suggestions, c.hasQuery() ? "Keep the words, remove every filter" : "Remove every filter", changes,
					unfiltered);
		}
		suggestions.sort(Comparator.comparingLong(Suggestion::count).reversed());
		return suggestions.stream().limit(MAX_SUGGESTIONS).toList();
	}

	/** A search near a town, further out, and with remote postings. */
	private void nearer(SearchCriteria c, SearchQuery query, List<Suggestion> suggestions) {
		// The nearest wider distance that finds any.
		for (int miles : SearchCriteria.DISTANCES) {
			if (miles > c.within()) {
				Map<String, List<String>> changes = new LinkedHashMap<>();
				changes.put("within", List.of(String.valueOf(miles)));
				int before = suggestions.size();
				suggest(suggestions, "Within " + miles + " miles instead of " + c.within(), changes,
						query.withNear(this.near.apply(c, miles)));
				if (suggestions.size() > before) {
					break;
				}
			}
		}
		if (!c.includeRemote()) {
			Map<String, List<String>> changes = new LinkedHashMap<>();
			changes.put("remote", List.of("yes"));
			SearchQuery.Near near = query.near();
			suggest(suggestions, "Include remote jobs", changes,
					query.withNear(new SearchQuery.Near(near.miles(), true)));
		}
	}

	static long count(SearchHits hits) {
		return hits.exact() ? hits.count() : Math.min(hits.count(), JobSearch.COUNT_CAP);
	}

	private void suggest(List<Suggestion> suggestions, String label, Map<String, List<String>> changes,
			SearchQuery relaxed) {
		SearchHits hits = this.engines.search(relaxed.countOnly());
		if (hits.count() > 0) {
			suggestions.add(new Suggestion(label, changes,
					hits.exact() ? hits.count() : Math.min(hits.count(), JobSearch.COUNT_CAP), !hits.exact()));
		}
	}

}
