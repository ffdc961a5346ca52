package uk.mljobs.search;

/**
 * Matches, counts and orders live postings. Implementations: the embedded Lucene index,
 * OpenSearch, and PostgreSQL's full-text search over the posting table.
 */
public interface SearchEngine {

	/** {@code lucene}, {@code opensearch} or {@code postgres}, as configured. */
	String name();

	/** Whether it answers from a current index now; PostgreSQL always does. */
	boolean ready();

	SearchHits search(SearchQuery query);

}
