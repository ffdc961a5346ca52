package uk.mljobs.search;

import java.time.Duration;

/**
 * Matches, counts and orders live postings. Implementations: the embedded Lucene index,
 * OpenSearch, and PostgreSQL's full-text search over the posting table.
 */
public interface SearchEngine {

	/** {@code lucene}, {@code opensearch} or {@code postgres}, as configured. */
	String name();

	/** Whether it answers from a current index now; PostgreSQL always does. */
	boolean ready();

	/**
	 * @throws SearchUnavailableException when its index cannot answer just now
	 */
	SearchHits search(SearchQuery query);

	/**
	 * For each word that looks misspelt, the word postings use that it most likely means
	 * ({@link Spelling} says how near it must be); words it knows are left out.
	 * PostgreSQL suggests none.
	 */
	default java.util.Map<String, String> spellings(java.util.List<String> words) {
		return java.util.Map.of();
	}

	/** How it is doing. */
	default EngineStatus status() {
		return new EngineStatus(name(), ready() ? "ready" : "starting", -1, 0, null, null);
	}

	/**
	 * Waits, at most {@code timeout}, until every change committed before the call is in
	 * its index: a seeker's own change shows in the next search they make.
	 */
	default void awaitCurrent(Duration timeout) {
	}

	/**
	 * Builds its index afresh from the database, in the background; answers meanwhile
	 * fall back.
	 */
	default void rebuild() {
	}

}
