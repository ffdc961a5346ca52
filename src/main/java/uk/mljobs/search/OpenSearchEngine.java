package uk.mljobs.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.system.SiteProperties;

/**
 * The engine for several machines: one OpenSearch index shared by every instance. One
 * instance at a time, the one holding the lease in {@code search_feed} (V22), feeds it
 * from the change feed; the others only search it, and take the lease over when its
 * holder stops renewing it. A new index (at first start, or for a new mapping) is built
 * beside the live one from one snapshot of the database and swapped in under the alias,
 * so searches never see half an index.
 */
@Component
@ConditionalOnExpression("'${mljobs.search.engine:lucene}' == 'opensearch' or ${mljobs.search.opensearch.enabled:false}")
class OpenSearchEngine extends FeedFollowingEngine {

	static final String NAME = "opensearch";

	private static final Logger log = LoggerFactory.getLogger(OpenSearchEngine.class);

	private static final int BATCH = BoardSnapshot.BATCH;

	private final SearchEngineProperties.OpenSearch settings;

	private final Duration poll;

	private final JobDocuments documents;

	private final ChangeFeed feed;

	private final BoardSnapshot board;

	private final FeedLease lease;

	private final Clock clock;

	private final OpenSearchQueries queries = new OpenSearchQueries(TextAnalysis.english());

	private final FeedCursor cursor;

	private OpenSearchHttp http;

	private volatile String state = "starting";

	private volatile String detail;

	private volatile boolean feeding;

	/** Where the shared index stands, as the feeder last recorded it. */
	private volatile long position;

	private volatile Instant caughtUpAt;

	OpenSearchEngine(SearchEngineProperties properties, JobDocuments documents, ChangeFeed feed, BoardSnapshot board,
			JdbcTemplate jdbc, Clock clock, SiteProperties site) {
		super("search-opensearch");
		this.settings = properties.opensearch();
		this.poll = properties.poll();
		this.documents = documents;
		this.feed = feed;
		this.board = board;
		this.cursor = new FeedCursor(feed);
		this.lease = new FeedLease(jdbc, NAME,
				site.instanceName() + "/" + UUID.randomUUID().toString().substring(0, 8));
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
	public EngineStatus status() {
		long count = -1;
		if (ready()) {
			try {
				JsonNode answer = this.http.send("GET", "/" + this.settings.index() + "/_count", null);
				count = (answer != null) ? answer.path("count").asLong(-1) : -1;
			}
			catch (RuntimeException ex) {
				count = -1;
			}
		}
		String role = this.feeding ? "feeding the index" : "searching the index another instance feeds";
		return new EngineStatus(NAME, this.state, count, this.position, this.caughtUpAt,
				(this.detail != null) ? role + "; " + this.detail : role);
	}

	@Override
	public SearchHits search(SearchQuery query) {
		if (!ready()) {
			throw new SearchUnavailableException("OpenSearch is " + this.state, null);
		}
		ObjectNode body = this.queries.body(query);
		JsonNode answer;
		try {
			// A search leaving out one person's hidden postings is theirs alone: kept out
			// of the shard request cache, which answers everyone's repeated count-only
			// searches.
			answer = this.http.send("POST", "/" + this.settings.index() + "/_search", body,
					query.excludes() ? Map.of("request_cache", "false") : Map.of());
		}
		catch (IllegalStateException ex) {
			throw new SearchUnavailableException("OpenSearch refused a search", ex);
		}
		if (answer == null) {
			this.state = "starting";
			throw new SearchUnavailableException("the OpenSearch index is missing", null);
		}
		return this.queries.hits(answer, query);
	}

	/**
	 * Spelling corrections from OpenSearch's term suggester over the same words as the
	 * Lucene engine's ({@link LuceneSpelling}), with the same limits.
	 */
	@Override
	public java.util.Map<String, String> spellings(java.util.List<String> words) {
		if (!ready() || words.isEmpty()) {
			return java.util.Map.of();
		}
		ObjectNode body = OpenSearchHttp.json().createObjectNode();
		body.put("size", 0);
		ObjectNode suggest = body.putObject("suggest");
		java.util.List<String> asked = new java.util.ArrayList<>();
		for (String typed : words) {
			String word = Spelling.normalise(typed);
			int edits = Spelling.maxEdits(word);
			if (edits == 0 || asked.contains(typed)) {
				continue;
			}
			suggest.putObject("w" + asked.size())
				.put("text", word)
				.putObject("term")
				.put("field", LuceneSchema.SPELL)
				.put("suggest_mode", "popular")
				.put("max_edits", edits)
				.put("prefix_length", Spelling.PREFIX)
				.put("min_word_length", Spelling.MIN_LENGTH)
				.put("max_term_freq", LuceneSpelling.KNOWN - 1)
				.put("size", 1);
			asked.add(typed);
		}
		if (asked.isEmpty()) {
			return java.util.Map.of();
		}
		JsonNode answer;
		try {
			answer = this.http.send("POST", "/" + this.settings.index() + "/_search", body);
		}
		catch (IllegalStateException ex) {
			return java.util.Map.of();
		}
		java.util.Map<String, String> corrections = new java.util.LinkedHashMap<>();
		for (int i = 0; answer != null && i < asked.size(); i++) {
			JsonNode options = answer.path("suggest").path("w" + i).path(0).path("options");
			if (options.size() > 0) {
				corrections.put(asked.get(i), options.path(0).path("text").asText());
			}
		}
		return corrections;
	}

	@Override
	public void awaitCurrent(Duration timeout) {
		if (!ready() || !this.running) {
			return;
		}
		if (this.feeding) {
			this.wakeUps.awaitTurn(timeout, () -> this.running);
		}
		else {
			long target = this.feed.now();
			this.wakeUps.awaitCondition(() -> this.lease.position() >= target, timeout, () -> this.running);
		}
	}

	@Override
	void opening() {
		this.http = new OpenSearchHttp(this.settings.url());
		this.lease.ensureRow();
	}

	@Override
	void closing() {
		if (this.feeding) {
			this.lease.release();
		}
		try {
			this.http.close();
		}
		catch (java.io.IOException ex) {
			log.debug("Closing the OpenSearch client: {}", ex.toString());
		}
	}

	@Override
	void work() {
		while (this.running) {
			long ticket = this.wakeUps.startTurn();
			try {
				cycle();
			}
			catch (RuntimeException ex) {
				if (!this.running) {
					break;
				}
				this.detail = "last error: " + ex.getMessage();
				log.warn("OpenSearch search index: {}; PostgreSQL answers searches until it recovers", ex.toString());
				if (!ready() || ex instanceof SearchUnavailableException) {
					this.state = "failed";
				}
				this.wakeUps.pause(this.poll.multipliedBy(5));
			}
			this.wakeUps.endTurn(ticket, this.poll, () -> this.running);
		}
	}

	/** Takes or renews the lease; the holder feeds the index, everyone checks it. */
	private void cycle() {
		FeedLease.Row row = this.lease.take(this.settings.lease());
		boolean leader = this.lease.held(row);
		if (leader && !this.feeding) {
			log.info("This instance ({}) now feeds the OpenSearch index", this.lease.holder());
			this.cursor.restart(row.position());
		}
		this.feeding = leader;
		String live = row.index();
		if (leader) {
			if (this.rebuild || live == null || !current(live)) {
				build((live == null) ? "there is none yet" : this.rebuild ? "asked for" : "its mapping is out of date");
				return;
			}
			follow(live);
		}
		else {
			this.position = row.position();
			this.state = (live != null && aliasExists()) ? "ready" : "starting";
			this.caughtUpAt = this.clock.instant();
		}
	}

	/** Whether the index exists with this version's mapping. */
	private boolean current(String index) {
		JsonNode mapping = this.http.send("GET", "/" + index + "/_mapping", null);
		return mapping != null
				&& OpenSearchSchema.VERSION
					.equals(mapping.path(index).path("mappings").path("_meta").path("version").asText())
				&& aliasExists();
	}

	private boolean aliasExists() {
		return this.http.send("GET", "/_alias/" + this.settings.index(), null) != null;
	}

	/**
	 * A new index from every published posting in one snapshot, swapped in under the
	 * alias; the feed then carries on from that snapshot.
	 */
	private void build(String why) {
		this.rebuild = false;
		if (!ready()) {
			this.state = "building";
		}
		String alias = this.settings.index();
		String index = alias + "-v" + OpenSearchSchema.VERSION + "-" + System.currentTimeMillis();
		log.info("Building the OpenSearch index {} ({})", index, why);
		long started = System.nanoTime();
		this.http.send("PUT", "/" + index, OpenSearchSchema.index(this.settings.replicas()));
		long[] count = new long[1];
		long from = this.board.read((batch) -> {
			write(index, batch, List.of(), false);
			count[0] += batch.size();
		}, () -> this.running);
		this.http.send("POST", "/" + index + "/_refresh", null);
		ObjectNode actions = OpenSearchHttp.json().createObjectNode();
		var list = actions.putArray("actions");
		list.addObject().putObject("add").put("index", index).put("alias", alias);
		JsonNode existing = this.http.send("GET", "/_alias/" + alias, null);
		List<String> old = new ArrayList<>();
		if (existing != null) {
			existing.fieldNames().forEachRemaining(old::add);
			old.forEach((name) -> list.addObject().putObject("remove").put("index", name).put("alias", alias));
		}
		this.http.send("POST", "/_aliases", actions);
		this.lease.swapped(index, from);
		old.stream()
			.filter((name) -> !name.equals(index))
			.forEach((name) -> this.http.send("DELETE", "/" + name, null));
		this.position = from;
		this.cursor.restart(from);
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.detail = "built with " + count[0] + " postings in " + millis + " ms";
		log.info("OpenSearch index {} built with {} postings in {} ms", index, count[0], millis);
		follow(index);
	}

	/**
	 * Applies the changes the feed has that the index has not, then records the position.
	 */
	private void follow(String index) {
		FeedCursor.Step step = this.cursor.next();
		List<Long> ids = step.postings();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
			write(index, this.documents.published(chunk), chunk, true);
		}
		this.cursor.applied(step);
		this.position = this.cursor.position();
		this.lease.advanced(this.position);
		this.caughtUpAt = this.clock.instant();
		this.state = "ready";
	}

	/**
	 * Indexes {@code published}; deletes the ids in {@code ids} that are not among them.
	 */
	private void write(String index, List<JobDocument> published, List<Long> ids, boolean refresh) {
		List<String> lines = new ArrayList<>();
		java.util.Set<Long> kept = new java.util.HashSet<>();
		try {
			for (JobDocument document : published) {
				lines.add("{\"index\":{\"_index\":\"" + index + "\",\"_id\":\"" + document.id() + "\"}}");
				lines.add(OpenSearchHttp.json().writeValueAsString(OpenSearchSchema.document(document)));
				kept.add(document.id());
			}
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		for (long id : ids) {
			if (!kept.contains(id)) {
				lines.add("{\"delete\":{\"_index\":\"" + index + "\",\"_id\":\"" + id + "\"}}");
			}
		}
		if (!lines.isEmpty()) {
			this.http.bulk(lines, refresh);
		}
	}

}
