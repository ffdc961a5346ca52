package uk.mljobs.job;

import java.util.List;

/**
 * A page of search results with the counts that help narrow them.
 *
 * @param total matches, exact up to {@link JobSearch#COUNT_CAP}
 * @param totalCapped whether there are more than that
 * @param estimatedTotal when capped, PostgreSQL's estimate of all the matches (at least
 * the cap plus one); otherwise the total
 * @param facets per filter, each value's count with the other filters applied
 * @param suggestions with no results: each single change to the search that would find
 * some, with how many, most first
 * @param next where this page ended, for the next page's link to carry, when the engine
 * can start a page there
 * @param understood when the words as typed found little and the search as understood
 * (misspellings corrected, places and other filters read out of the words) found more:
 * what was searched instead; else {@code null}
 * @param offers filters the words could have been, each with what it would find ("Filter
 * by Remote")
 */
public record SearchResults(SearchCriteria criteria, List<PostingSummary> items, long total, boolean totalCapped,
		long estimatedTotal, int page, int pageSize, List<Facet> facets, List<Suggestion> suggestions, String next,
		Understood understood, List<Suggestion> offers) {

	/** The same results, read as the seeker meant them. */
	SearchResults understood(Understood understood) {
		return new SearchResults(this.criteria, this.items, this.total, this.totalCapped, this.estimatedTotal,
				this.page, this.pageSize, this.facets, this.suggestions, this.next, understood, this.offers);
	}

	/** The same results, with filters the words could have been. */
	SearchResults offering(List<Suggestion> offers) {
		return new SearchResults(this.criteria, this.items, this.total, this.totalCapped, this.estimatedTotal,
				this.page, this.pageSize, this.facets, this.suggestions, this.next, this.understood, offers);
	}

	/** "About 12,000", to two significant figures: an estimate should not look exact. */
	public static long rounded(long estimate) {
		return uk.mljobs.search.SearchHits.rounded(estimate);
	}

	public int lastPage() {
		long pages = (this.total + this.pageSize - 1) / this.pageSize;
		return (int) Math.max(1, Math.min(pages, SearchCriteria.MAX_PAGE));
	}

	public boolean hasNext() {
		return this.page < lastPage();
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	/**
	 * @param name the query parameter
	 * @param capped whether there were more matches than the facet scan reads: then each
	 * count is an estimate, the value's share of the scanned rows times PostgreSQL's
	 * estimate of all the matches
	 */
	public record Facet(String name, String label, List<FacetValue> values, boolean capped, boolean multiple) {
	}

	public record FacetValue(String value, String label, long count, boolean selected) {
	}

	/**
	 * A search read as the seeker meant it.
	 *
	 * @param q the words searched, or {@code null} when every word was a filter
	 * @param filters the filters read out of the words, as they read ("London")
	 * @param parameters the search as understood, for its link
	 * @param typed the words as typed
	 * @param typedParameters the search as typed, searched as typed, for its link
	 */
	public record Understood(String q, List<String> filters, java.util.Map<String, List<String>> parameters,
			String typed, java.util.Map<String, List<String>> typedParameters) {
	}

	/**
	 * One change to the search, and what it would find.
	 *
	 * @param label what it does, such as "Remove Outside IR35" or "Drop the word triton"
	 * @param changes the parameters it sets, each to its values, or removes (to
	 * {@code null})
	 */
	public record Suggestion(String label, java.util.Map<String, List<String>> changes, long count, boolean capped) {

		public String jobs() {
			return uk.mljobs.shared.Gbp.grouped(this.count) + (this.capped ? "+" : "")
					+ ((this.count == 1 && !this.capped) ? " job" : " jobs");
		}

	}

}
