package uk.mljobs.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The default engine: a Lucene index on this instance's disk, kept true to the database
 * by following the change feed. It opens the index it left at its last commit and replays
 * the changes since; when there is none, or it cannot be read, it builds a new one from
 * PostgreSQL in the background while PostgreSQL answers searches. One thread applies
 * changes, woken by the change notices of every instance and, failing those, by a short
 * poll.
 */
@Component
@ConditionalOnExpression("'${mljobs.search.engine:lucene}' == 'lucene' or ${mljobs.search.lucene.enabled:false}")
class LuceneEngine extends FeedFollowingEngine {

	static final String NAME = "lucene";

	private static final Logger log = LoggerFactory.getLogger(LuceneEngine.class);

	/**
	 * Applied changes are made durable at most this often (searches see them at once).
	 */
	private static final Duration COMMIT_EVERY = Duration.ofSeconds(5);

	/** Postings read from the database and written to the index at a time. */
	private static final int BATCH = BoardSnapshot.BATCH;

	private final SearchEngineProperties properties;

	private final JobDocuments documents;

	private final ChangeFeed feed;

	private final BoardSnapshot board;

	private final Clock clock;

	private final Analyzer analyzer = TextAnalysis.english();

	private final LuceneSearch search = new LuceneSearch(new LuceneQueries(this.analyzer));

	private final FeedCursor cursor;

	private final AtomicReference<String> detail = new AtomicReference<>();

	private volatile LuceneIndex index;

	private volatile String state = "starting";

	private volatile Instant caughtUpAt;

	private Instant committedAt = Instant.EPOCH;

	private boolean dirty;

	LuceneEngine(SearchEngineProperties properties, JobDocuments documents, ChangeFeed feed, BoardSnapshot board,
			Clock clock) {
		super("search-index");
		this.properties = properties;
		this.documents = documents;
		this.feed = feed;
		this.board = board;
		this.cursor = new FeedCursor(feed);
		this.clock = clock;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public boolean ready() {
		return "ready".equals(this.state);
	}

	@Override
	public SearchHits search(SearchQuery query) {
		LuceneIndex current = this.index;
		if (current == null || !ready()) {
			throw new SearchUnavailableException("the Lucene index is " + this.state, null);
		}
		try {
			LuceneIndex.Searcher searcher = current.acquire();
			try {
				return this.search.search(searcher, query);
			}
			finally {
				current.release(searcher);
			}
		}
		catch (IOException | org.apache.lucene.store.AlreadyClosedException ex) {
			if (current == this.index) {
				log.warn("The search index failed a search ({}); rebuilding it while PostgreSQL answers",
						ex.toString());
				this.state = "failed";
				rebuild();
			}
			throw new SearchUnavailableException("the Lucene index failed", ex);
		}
	}

	@Override
	public java.util.Map<String, String> spellings(List<String> words) {
		LuceneIndex current = this.index;
		if (current == null || !ready() || words.isEmpty()) {
			return java.util.Map.of();
		}
		try {
			LuceneIndex.Searcher searcher = current.acquire();
			try {
				return LuceneSpelling.spellings(searcher.getIndexReader(), words);
			}
			finally {
				current.release(searcher);
			}
		}
		catch (IOException | org.apache.lucene.store.AlreadyClosedException ex) {
			log.debug("No spelling suggestions: {}", ex.toString());
			return java.util.Map.of();
		}
	}

	@Override
	public EngineStatus status() {
		long documents = -1;
		LuceneIndex current = this.index;
		if (current != null) {
			try {
				documents = current.documents();
			}
			catch (IOException | RuntimeException ex) {
				documents = -1;
			}
		}
		return new EngineStatus(NAME, this.state, documents, this.cursor.position(), this.caughtUpAt,
				this.detail.get());
	}

	@Override
	public void awaitCurrent(Duration timeout) {
		if (ready() && this.running) {
			this.wakeUps.awaitTurn(timeout, () -> this.running);
		}
	}

	@Override
	void work() {
		try {
			open();
			while (this.running) {
				long ticket = this.wakeUps.startTurn();
				try {
					if (this.rebuild) {
						rebuild("asked for");
					}
					follow();
				}
				catch (IOException | RuntimeException ex) {
					if (!this.running) {
						break;
					}
					if ("building".equals(this.state) || this.index == null) {
						fail(ex);
						this.rebuild = true;
					}
					else {
						log.warn("Could not bring the search index up to date ({}); trying again shortly",
								ex.toString());
						this.detail.set("last error: " + ex.getMessage());
					}
					this.wakeUps.pause(this.properties.poll().multipliedBy(5));
				}
				this.wakeUps.endTurn(ticket, this.properties.poll(), () -> this.running);
			}
		}
		finally {
			closeIndex();
		}
	}

	/** The index left at the last commit, or a new one when that cannot be had. */
	private void open() {
		Path root = this.properties.indexDir().toAbsolutePath();
		while (this.running) {
			try {
				LuceneIndex opened = null;
				String why;
				try {
					opened = LuceneIndex.open(root, this.analyzer);
					why = (opened.committedPosition() < this.feed.horizon()) ? "it is older than the change feed keeps"
							: null;
				}
				catch (IOException ex) {
					why = ex.getMessage();
				}
				if (why == null) {
					LuceneIndex.removeAllBut(root, opened.folder());
					this.index = opened;
					this.cursor.restart(opened.committedPosition());
					log.info("Search index opened with {} postings; catching up from change {}", opened.documents(),
							opened.committedPosition());
					follow();
					this.state = "ready";
				}
				else {
					if (opened != null) {
						opened.close();
					}
					rebuild(why);
				}
				return;
			}
			catch (IOException | RuntimeException ex) {
				fail(ex);
				this.wakeUps.pause(Duration.ofSeconds(10));
			}
		}
	}

	private void fail(Exception ex) {
		this.state = "failed";
		this.detail.set("could not build the index: " + ex.getMessage());
		log.warn("Could not build the search index ({}); PostgreSQL answers searches, trying again soon",
				ex.toString());
	}

	/**
	 * Builds a new index from every published posting in one snapshot of the database,
	 * starting the change feed at that snapshot, then swaps it in.
	 */
	private void rebuild(String why) throws IOException {
		this.rebuild = false;
		this.state = "building";
		Path root = this.properties.indexDir().toAbsolutePath();
		log.info("Building the search index under {} ({}); PostgreSQL answers searches meanwhile", root, why);
		long started = System.nanoTime();
		LuceneBuild build = new LuceneBuild(this.board, () -> this.running);
		LuceneIndex built = LuceneIndex.build(root, this.analyzer, build::fill);
		LuceneIndex old = this.index;
		this.index = built;
		this.cursor.restart(built.committedPosition());
		this.dirty = false;
		if (old != null) {
			try {
				old.close();
			}
			catch (IOException | RuntimeException ex) {
				log.warn("Closing the replaced search index: {}", ex.toString());
			}
		}
		// Searches still reading the old index keep its files open until they finish.
		LuceneIndex.removeAllBut(root, built.folder());
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.detail.set("built with " + build.count() + " postings in " + millis + " ms");
		log.info("Search index built with {} postings in {} ms", build.count(), millis);
		follow();
		this.state = "ready";
	}

	/**
	 * Applies every change the feed has that this index has not: the postings named are
	 * read afresh, written if published, removed if not.
	 */
	private void follow() throws IOException {
		if (this.cursor.position() < this.feed.horizon()) {
			rebuild("its position is older than the change feed keeps");
			return;
		}
		FeedCursor.Step step = this.cursor.next();
		List<Long> ids = step.postings();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
			this.index.apply(chunk, this.documents.published(chunk));
		}
		if (!ids.isEmpty()) {
			this.index.refresh();
			this.dirty = true;
		}
		this.cursor.applied(step);
		Instant now = this.clock.instant();
		this.caughtUpAt = now;
		if (this.dirty && (!this.running || Duration.between(this.committedAt, now).compareTo(COMMIT_EVERY) >= 0)) {
			this.index.commit(this.cursor.position());
			this.committedAt = now;
			this.dirty = false;
		}
	}

	private void closeIndex() {
		LuceneIndex current = this.index;
		if (current == null) {
			return;
		}
		try {
			if (this.dirty) {
				current.commit(this.cursor.position());
			}
			current.close();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Closing the search index: {}", ex.toString());
		}
	}

}
