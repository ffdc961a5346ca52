package uk.mljobs.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Hands out the engine that answers searches now: the configured one once it serves from
 * a current index, PostgreSQL while it does not (the index is first built, or rebuilt),
 * or when it fails a search.
 */
@Component
public class Engines {

	private static final Logger log = LoggerFactory.getLogger(Engines.class);

	/** The engine every search can fall back on: SQL over the posting table itself. */
	public static final String POSTGRES = "postgres";

	private final Map<String, SearchEngine> byName;

	private final String configured;

	/**
	 * Searches under way at once. They are work for the processor alone, so a few more
	 * than there are cores keep every core busy; the rest wait their turn, first come
	 * first served, rather than sharing the cores with a dozen others and all finishing
	 * late.
	 */
	private final Semaphore running;

	private final Synonyms synonyms;

	Engines(List<SearchEngine> engines, SearchEngineProperties properties, Synonyms synonyms) {
		this.synonyms = synonyms;
		this.running = new Semaphore((properties.concurrency() > 0) ? properties.concurrency()
				: 2 * Runtime.getRuntime().availableProcessors(), true);
		this.byName = engines.stream().collect(Collectors.toMap(SearchEngine::name, Function.identity()));
		this.configured = properties.engine();
		if (!this.byName.containsKey(POSTGRES)) {
			throw new IllegalStateException("No PostgreSQL search engine to fall back on");
		}
		if (!this.byName.containsKey(this.configured)) {
			throw new IllegalStateException("mljobs.search.engine=" + this.configured
					+ " names no engine; choose one of " + this.byName.keySet());
		}
	}

	/** Searches with the engine that can answer now. */
	public SearchHits search(SearchQuery query) {
		try {
			this.running.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SearchUnavailableException("interrupted while waiting to search", ex);
		}
		try {
			return searchNow(query);
		}
		finally {
			this.running.release();
		}
	}

	private SearchHits searchNow(SearchQuery query) {
		SearchEngine engine = current();
		if (engine.name().equals(POSTGRES)) {
			// PostgreSQL's full-text search stays strict: it reads the words as typed.
			return engine.search(query);
		}
		try {
			return engine.search(understood(query));
		}
		catch (SearchUnavailableException ex) {
			log.debug("{} could not answer; PostgreSQL does: {}", engine.name(), ex.getMessage());
			return this.byName.get(POSTGRES).search(query);
		}
	}

	/**
	 * The search as the Lucene and OpenSearch engines take it: its words with their
	 * synonyms ({@link Synonyms}).
	 */
	public SearchQuery understood(SearchQuery query) {
		return this.synonyms.expand(query);
	}

	/**
	 * Likely corrections of misspelt words, from the engine answering now (none while
	 * PostgreSQL does).
	 */
	public Map<String, String> spellings(List<String> words) {
		try {
			return current().spellings(words);
		}
		catch (RuntimeException ex) {
			log.debug("No spelling suggestions: {}", ex.getMessage());
			return Map.of();
		}
	}

	/** The engine to ask now. */
	public SearchEngine current() {
		SearchEngine engine = this.byName.get(this.configured);
		return engine.ready() ? engine : this.byName.get(POSTGRES);
	}

	/** The engine the configuration names, ready or not. */
	public SearchEngine configured() {
		return this.byName.get(this.configured);
	}

	/** One engine by name, for tests that compare engines. */
	public SearchEngine named(String name) {
		SearchEngine engine = this.byName.get(name);
		if (engine == null) {
			throw new IllegalArgumentException("No search engine " + name);
		}
		return engine;
	}

}
