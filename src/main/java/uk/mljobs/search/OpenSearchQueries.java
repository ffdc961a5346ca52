package uk.mljobs.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.analysis.Analyzer;

import uk.mljobs.search.SearchHits.FacetCounts;
import uk.mljobs.search.SearchQuery.Cursor;
import uk.mljobs.search.SearchQuery.Order;

/**
 * A {@link SearchQuery} as an OpenSearch search body, built as {@link LuceneQueries}
 * builds Lucene's: words scored over the four texts for relevance, matched in the
 * combined field otherwise, filters that do not score. Facets are filter aggregations,
 * each with every filter but its own; the dimension filters apply to the hits as a post
 * filter, so they do not narrow the aggregations. {@link #hits} reads the answer back.
 */
final class OpenSearchQueries {

	/** Counted exactly up to this many, like the Lucene engine's page. */
	static final int COUNT_CAP = LuceneSearch.COUNT_CAP;

	/** A dimension has at most this many values counted: more than any facet lists. */
	private static final int VALUES = 500;

	private final Analyzer analyzer;

	OpenSearchQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	ObjectNode body(SearchQuery q) {
		ObjectNode body = OpenSearchHttp.json().createObjectNode();
		body.put("size", q.size());
		body.put("_source", false);
		body.put("track_total_hits", COUNT_CAP);
		boolean scored = q.order().scored() && q.size() > 0;
		ObjectNode bool = body.putObject("query").putObject("bool");
		base(bool, q, scored);
		if (q.facets()) {
			if (!q.filters().isEmpty()) {
				body.set("post_filter", filters(q, null));
			}
			ObjectNode aggregations = body.putObject("aggs");
			for (Dimension dimension : Dimension.values()) {
				ObjectNode facet = aggregations.putObject(dimension.name());
				facet.set("filter", filters(q, dimension));
				ObjectNode values = facet.putObject("aggs").putObject("values");
				if (dimension == Dimension.POSTED_WITHIN) {
					ObjectNode range = values.putObject("range").put("field", LuceneSchema.PUBLISHED);
					ArrayNode ranges = range.putArray("ranges");
					for (int days : Dimension.WINDOWS) {
						ranges.addObject().put("key", String.valueOf(days)).put("from", q.since(days).toEpochMilli());
					}
				}
				else {
					values.putObject("terms").put("field", OpenSearchSchema.field(dimension)).put("size", VALUES);
				}
			}
			aggregations.putObject("matches").set("filter", filters(q, null));
		}
		else {
			ArrayNode filter = bool.withArray("filter");
			q.filters().forEach((dimension, values) -> filter.add(filter(q, dimension, values)));
		}
		if (q.size() > 0) {
			sort(body, q);
		}
		return body;
	}

	/**
	 * The page, its count, the facets and the next page's cursor from a search's answer.
	 */
	SearchHits hits(JsonNode answer, SearchQuery query) {
		List<Long> ids = new ArrayList<>();
		Cursor next = null;
		for (JsonNode hit : answer.path("hits").path("hits")) {
			ids.add(Long.parseLong(hit.path("_id").asText()));
			JsonNode sort = hit.path("sort");
			next = switch (query.order()) {
				case RELEVANCE, DISTANCE ->
					new Cursor(query.order(), (float) hit.path("_score").asDouble(), 0, ids.get(ids.size() - 1));
				case NEWEST, PAY -> new Cursor(query.order(), 0, sort.path(0).asLong(), sort.path(1).asLong());
			};
		}
		JsonNode total = answer.path("hits").path("total");
		long count = total.path("value").asLong();
		boolean exact = "eq".equals(total.path("relation").asText());
		if (!query.facets()) {
			return new SearchHits(ids, count, exact, count, Map.of(), next);
		}
		JsonNode aggregations = answer.path("aggregations");
		Map<Dimension, FacetCounts> facets = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			Map<String, Long> counts = new LinkedHashMap<>();
			for (JsonNode bucket : aggregations.path(dimension.name()).path("values").path("buckets")) {
				long n = bucket.path("doc_count").asLong();
				if (n > 0) {
					counts.put(bucket.path("key").asText(), n);
				}
			}
			facets.put(dimension, new FacetCounts(counts, false));
		}
		long matches = aggregations.path("matches").path("doc_count").asLong();
		return new SearchHits(ids, matches, true, matches, facets, next);
	}

	private void base(ObjectNode bool, SearchQuery q, boolean scored) {
		// Ordered by distance, nearness is the score and the words only filter.
		boolean byDistance = scored && q.order() == Order.DISTANCE;
		if (q.words() != null) {
			bool.withArray(byDistance ? "filter" : "must").add(words(q.words(), scored && !byDistance));
		}
		if (q.near() != null) {
			bool.withArray(byDistance ? "must" : "filter").add(near(q.near(), byDistance));
		}
		ArrayNode mustNot = bool.withArray("must_not");
		mustNot.addObject().putObject("range").putObject(LuceneSchema.CLOSES).put("lt", (int) q.liveOn().toEpochDay());
		if (q.asOf() != null) {
			mustNot.addObject().putObject("range").putObject(LuceneSchema.PUBLISHED).put("gt", q.asOf().toEpochMilli());
		}
		if (q.excludes()) {
			// In the query, not the post filter, so the hits, their count and every
			// aggregation leave them out alike.
			ArrayNode ids = mustNot.addObject().putObject("ids").putArray("values");
			q.excluded().forEach((id) -> ids.add(Long.toString(id)));
		}
		ArrayNode filter = bool.withArray("filter");
		if (q.publishedFrom() != null) {
			filter.addObject()
				.putObject("range")
				.putObject(LuceneSchema.PUBLISHED)
				.put("gte", q.publishedFrom().toEpochMilli())
				.put("lt", q.publishedUntil().toEpochMilli());
		}
		if (q.minPay() != null) {
			filter.addObject()
				.putObject("range")
				.putObject(q.minPay().daily() ? LuceneSchema.PAY_DAY : LuceneSchema.PAY_YEAR)
				.put("gte", q.minPay().pounds());
		}
	}

	/** As {@link LuceneQueries#near}: the towns near, and remote postings if asked. */
	private static JsonNode near(SearchQuery.Near near, boolean scored) {
		ObjectNode query = OpenSearchHttp.json().createObjectNode();
		String town = OpenSearchSchema.field(Dimension.TOWN);
		String mode = OpenSearchSchema.field(Dimension.WORK_MODE);
		if (scored) {
			ArrayNode queries = query.putObject("dis_max").put("tie_breaker", 0).putArray("queries");
			near.miles().keySet().forEach((id) -> {
				ObjectNode each = queries.addObject().putObject("constant_score");
				each.putObject("filter").putObject("term").put(town, id);
				each.put("boost", near.score(id));
			});
			if (near.includeRemote()) {
				ObjectNode remote = queries.addObject().putObject("constant_score");
				remote.putObject("filter").putObject("term").put(mode, "REMOTE");
				remote.put("boost", SearchQuery.Near.REMOTE);
			}
			if (queries.isEmpty()) {
				return OpenSearchHttp.json()
					.createObjectNode()
					.set("match_none", OpenSearchHttp.json().createObjectNode());
			}
			return query;
		}
		ArrayNode should = query.putObject("bool").put("minimum_should_match", 1).putArray("should");
		ArrayNode towns = should.addObject().putObject("terms").putArray(town);
		near.miles().keySet().forEach(towns::add);
		if (near.includeRemote()) {
			should.addObject().putObject("term").put(mode, "REMOTE");
		}
		return query;
	}

	/** Every dimension filter but {@code without}'s, as one bool filter. */
	private JsonNode filters(SearchQuery q, Dimension without) {
		ObjectNode all = OpenSearchHttp.json().createObjectNode();
		ArrayNode filter = all.putObject("bool").putArray("filter");
		q.filters().forEach((dimension, values) -> {
			if (dimension != without) {
				filter.add(filter(q, dimension, values));
			}
		});
		return all;
	}

	private static JsonNode filter(SearchQuery q, Dimension dimension, Set<String> values) {
		ObjectNode filter = OpenSearchHttp.json().createObjectNode();
		if (dimension == Dimension.POSTED_WITHIN) {
			int days = values.stream().mapToInt(Integer::parseInt).max().orElseThrow();
			filter.putObject("range").putObject(LuceneSchema.PUBLISHED).put("gte", q.since(days).toEpochMilli());
		}
		else {
			ArrayNode terms = filter.putObject("terms").putArray(OpenSearchSchema.field(dimension));
			values.forEach(terms::add);
		}
		return filter;
	}

	private static void sort(ObjectNode body, SearchQuery q) {
		ArrayNode sort = body.putArray("sort");
		switch (q.order()) {
			case RELEVANCE, DISTANCE -> sort.add("_score");
			case NEWEST -> sort.addObject().put(LuceneSchema.PUBLISHED, "desc");
			case PAY -> sort.addObject().put(LuceneSchema.PAY_ORDER, "desc");
		}
		if (q.order().scored()) {
			// Equal scores go to the newest, as in the Lucene index's own order.
			sort.addObject().put(LuceneSchema.PUBLISHED, "desc");
		}
		sort.addObject().put("id", "desc");
		SearchQuery.Cursor after = q.after();
		if (after != null && after.order() == q.order() && !q.order().scored()) {
			body.putArray("search_after").add(after.key()).add(after.id());
		}
		else {
			body.put("from", q.offset());
		}
	}

	/**
	 * The words, as {@link LuceneQueries#words} reads them: alternatives of conjunctions,
	 * stop words dropped, nothing left matching nothing.
	 */
	private JsonNode words(Words words, boolean scored) {
		List<JsonNode> alternatives = new ArrayList<>();
		for (Words.Conjunction conjunction : words.anyOf()) {
			ObjectNode bool = OpenSearchHttp.json().createObjectNode();
			ObjectNode inner = bool.putObject("bool");
			int kept = 0;
			for (Words.Term term : conjunction.required()) {
				JsonNode matched = anyForm(term, scored);
				if (matched != null) {
					inner.withArray("must").add(matched);
					kept++;
				}
			}
			int excluded = 0;
			for (Words.Term term : conjunction.excluded()) {
				JsonNode matched = anyForm(term, false);
				if (matched != null) {
					inner.withArray("must_not").add(matched);
					excluded++;
				}
			}
			if (kept == 0 && excluded == 0) {
				continue;
			}
			if (kept == 0) {
				inner.withArray("must").addObject().putObject("match_all");
			}
			alternatives.add(bool);
		}
		ObjectNode query = OpenSearchHttp.json().createObjectNode();
		if (alternatives.isEmpty()) {
			query.putObject("match_none");
		}
		else if (alternatives.size() == 1) {
			return alternatives.get(0);
		}
		else {
			ArrayNode should = query.putObject("bool").put("minimum_should_match", 1).putArray("should");
			alternatives.forEach(should::add);
		}
		return query;
	}

	/**
	 * A term as typed or any of its synonyms, as {@link LuceneQueries} matches it;
	 * {@code null} when none has anything left after analysis.
	 */
	private JsonNode anyForm(Words.Term term, boolean scored) {
		List<JsonNode> forms = new ArrayList<>();
		for (String form : term.forms()) {
			if (hasTerms(form)) {
				forms.add(scored ? scoredTerm(form) : phrase(LuceneSchema.ALL, form, 1));
			}
		}
		if (forms.size() <= 1) {
			return forms.isEmpty() ? null : forms.get(0);
		}
		ObjectNode query = OpenSearchHttp.json().createObjectNode();
		ArrayNode should = query.putObject("bool").put("minimum_should_match", 1).putArray("should");
		forms.forEach(should::add);
		return query;
	}

	private boolean hasTerms(String text) {
		return !TextAnalysis.tokens(this.analyzer, LuceneSchema.ALL, text).isEmpty();
	}

	/** A word or phrase in any text, each weighted as in the Lucene engine, summed. */
	private static JsonNode scoredTerm(String text) {
		ObjectNode query = OpenSearchHttp.json().createObjectNode();
		ArrayNode should = query.putObject("bool").put("minimum_should_match", 1).putArray("should");
		for (int i = 0; i < LuceneSchema.TEXT_FIELDS.length; i++) {
			should.add(phrase(LuceneSchema.TEXT_FIELDS[i], text, LuceneSchema.BOOSTS[i]));
		}
		return query;
	}

	/** A word, or words next to each other: a one-word phrase is a term. */
	private static JsonNode phrase(String field, String text, float boost) {
		ObjectNode query = OpenSearchHttp.json().createObjectNode();
		query.putObject("match_phrase").putObject(field).put("query", text).put("boost", boost);
		return query;
	}

}
