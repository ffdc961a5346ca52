package uk.mljobs.search;

import java.util.List;
import java.util.Map;

/**
 * What an engine found: the ids of one page, in order, how many match, and each
 * dimension's counts with the other filters applied.
 *
 * @param ids the page's postings; the caller reads their rows from the database
 * @param count the matches counted: all of them when {@code exact}, else a lower bound
 * @param exact whether {@code count} is every match
 * @param estimate all the matches, estimated when not exact
 * @param facets per dimension, each value's count
 * @param next where this page ended, for the next page, when the engine can start there
 */
public record SearchHits(List<Long> ids, long count, boolean exact, long estimate, Map<Dimension, FacetCounts> facets,
		SearchQuery.Cursor next) {

	/** "About 12,000", to two significant figures: an estimate should not look exact. */
	public static long rounded(long estimate) {
		if (estimate < 100) {
			return estimate;
		}
		long unit = (long) Math.pow(10, (long) Math.log10(estimate) - 1);
		return Math.round((double) estimate / unit) * unit;
	}

	/**
	 * One dimension's counts.
	 *
	 * @param counts value to the postings that have it, among those the other filters
	 * accept
	 * @param estimated whether the counts were scaled up from a sample of the matches
	 */
	public record FacetCounts(Map<String, Long> counts, boolean estimated) {
	}

}
