package uk.mljobs.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;

import uk.mljobs.search.SearchHits.FacetCounts;
import uk.mljobs.search.SearchQuery.Cursor;
import uk.mljobs.search.SearchQuery.Order;

/**
 * One search over a point-in-time view of the Lucene index: the page (with the top hits
 * counted exactly up to {@value #COUNT_CAP}), then the facets. Relevance ranks by score
 * alone, ties going to the newest (the index's own order), which lets Lucene skip every
 * block of postings that cannot reach the page, however common the word. Facets are
 * counted over every posting that fails at most one filter; when that would mean reading
 * many, they are counted over a random slice of the index sized to read about
 * {@value #SAMPLE}, and scaled up, marked as estimates. When the slice turns out to hold
 * few, they are counted exactly after all.
 */
final class LuceneSearch {

	/** Matches counted exactly by the page's search; past it, the count is estimated. */
	static final int COUNT_CAP = 1000;

	/** Facet counting reads every candidate when there are at most about this many. */
	static final int EXACT_READS = 5_000;

	/** What a sample aims to read. */
	static final int SAMPLE = 2_000;

	private static final Sort NEWEST = new Sort(new SortField(LuceneSchema.PUBLISHED, SortField.Type.LONG, true),
			new SortField(LuceneSchema.ID_VALUE, SortField.Type.LONG, true));

	/**
	 * Best (or nearest) first, then newest: sorted by fields rather than by score alone,
	 * since ties between segments would otherwise go by segment, not by date, and the
	 * other engines order equal distances newest first.
	 */
	private static final Sort DISTANCE = new Sort(SortField.FIELD_SCORE,
			new SortField(LuceneSchema.PUBLISHED, SortField.Type.LONG, true),
			new SortField(LuceneSchema.ID_VALUE, SortField.Type.LONG, true));

	private static final Sort PAY = new Sort(new SortField(LuceneSchema.PAY_ORDER, SortField.Type.LONG, true),
			new SortField(LuceneSchema.ID_VALUE, SortField.Type.LONG, true));

	private final LuceneQueries queries;

	LuceneSearch(LuceneQueries queries) {
		this.queries = queries;
	}

	SearchHits search(LuceneIndex.Searcher searcher, SearchQuery q) throws IOException {
		Query full = this.queries.full(q, false);
		List<Long> ids = List.of();
		Cursor next = null;
		TotalHits hits;
		if (q.size() > 0) {
			Query page = q.order().scored() ? this.queries.full(q, true) : full;
			ScoreDoc after = after(searcher, q, page);
			int wanted = (after != null) ? q.size() : q.offset() + q.size();
			TopDocs top = searcher.search(page,
					new TopFieldCollectorManager(sort(q.order()), wanted, (FieldDoc) after, COUNT_CAP, false));
			ScoreDoc[] docs = top.scoreDocs;
			int from = (after != null) ? 0 : Math.min(q.offset(), docs.length);
			ScoreDoc[] shown = java.util.Arrays.copyOfRange(docs, from, docs.length);
			ids = ids(searcher, shown);
			if (!ids.isEmpty()) {
				next = cursor(q.order(), shown[shown.length - 1], ids.get(ids.size() - 1));
			}
			hits = top.totalHits;
		}
		else {
			hits = searcher.search(new ConstantScoreQuery(full),
					new TopScoreDocCollectorManager(1, null, COUNT_CAP, false)).totalHits;
		}
		long count = hits.value;
		boolean exact = hits.relation == TotalHits.Relation.EQUAL_TO;
		if (!q.facets()) {
			return new SearchHits(ids, count, exact, count, Map.of(), next);
		}
		Facets facets = facets(searcher, q, full, exact ? count : -1);
		if (facets.exactMatches() >= 0) {
			return new SearchHits(ids, facets.exactMatches(), true, facets.exactMatches(), facets.counts(), next);
		}
		long estimate = exact ? count : Math.max(count + 1, facets.estimatedMatches());
		return new SearchHits(ids, count, exact, estimate, facets.counts(), next);
	}

	/** The postings' ids, in the hits' order. */
	private static List<Long> ids(LuceneIndex.Searcher searcher, ScoreDoc[] hits) throws IOException {
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Long[] ids = new Long[hits.length];
		Integer[] byDoc = new Integer[hits.length];
		for (int i = 0; i < hits.length; i++) {
			byDoc[i] = i;
		}
		// Doc values read forwards only: visit the hits in document order.
		java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt((Integer i) -> hits[i].doc));
		NumericDocValues values = null;
		int leaf = -1;
		for (int i : byDoc) {
			int doc = hits[i].doc;
			int at = ReaderUtil.subIndex(doc, leaves);
			if (at != leaf) {
				leaf = at;
				values = DocValues.getNumeric(leaves.get(at).reader(), LuceneSchema.ID_VALUE);
			}
			int local = doc - leaves.get(at).docBase;
			ids[i] = (values.advanceExact(local)) ? values.longValue() : -1L;
		}
		return List.of(ids);
	}

	private static Sort sort(Order order) {
		return switch (order) {
			case PAY -> PAY;
			// Equal scores are common (postings alike in their words): newest first, then
			// by id, so the order never rests on where a posting sits in the index, which
			// changes as the index is updated and merged.
			case DISTANCE, RELEVANCE -> DISTANCE;
			default -> NEWEST;
		};
	}

	/**
	 * Where the page starts when the link carried a cursor of this order. For relevance
	 * the cursor's posting is scored afresh, since any change to the board moves every
	 * score a little: the page starts right after that posting as it ranks now. A cursor
	 * whose posting no longer matches is ignored, and the page is counted from the start.
	 */
	private static ScoreDoc after(LuceneIndex.Searcher searcher, SearchQuery q, Query page) throws IOException {
		Cursor cursor = q.after();
		if (cursor == null || cursor.order() != q.order()) {
			return null;
		}
		if (q.order() == Order.DISTANCE) {
			return new FieldDoc(Integer.MAX_VALUE, cursor.score(),
					new Object[] { cursor.score(), cursor.key(), cursor.id() });
		}
		if (!q.order().scored()) {
			return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] { cursor.key(), cursor.id() });
		}
		TopDocs found = searcher.search(new TermQuery(LuceneSchema.idTerm(cursor.id())), 1);
		if (found.scoreDocs.length == 0) {
			return null;
		}
		int doc = found.scoreDocs[0].doc;
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		Weight weight = searcher.createWeight(searcher.rewrite(page), ScoreMode.COMPLETE, 1f);
		Scorer scorer = weight.scorer(leaf);
		if (scorer == null || scorer.iterator().advance(doc - leaf.docBase) != doc - leaf.docBase) {
			return null;
		}
		float score = scorer.score();
		return new FieldDoc(Integer.MAX_VALUE, score, new Object[] { score, cursor.key(), cursor.id() });
	}

	private static Cursor cursor(Order order, ScoreDoc last, long id) {
		if (order.scored()) {
			Object[] fields = ((FieldDoc) last).fields;
			return new Cursor(order, (Float) fields[0], (Long) fields[1], id);
		}
		return new Cursor(order, 0, (Long) ((FieldDoc) last).fields[0], id);
	}

	/**
	 * @param exactMatches every match, when the counting read them all; else -1
	 * @param estimatedMatches the matches in the sample, scaled up
	 */
	private record Facets(Map<Dimension, FacetCounts> counts, long exactMatches, long estimatedMatches) {
	}

	/**
	 * @param knownMatches the exact match count when the page's search had it, else -1
	 */
	private Facets facets(LuceneIndex.Searcher searcher, SearchQuery q, Query full, long knownMatches)
			throws IOException {
		Query sideways = this.queries.sideways(q);
		long cost = cost(searcher, sideways);
		int slices = LuceneSchema.SLICES;
		if (cost > EXACT_READS) {
			int needed = (int) Math.max(1, Math.ceil(LuceneSchema.SLICES * (double) SAMPLE / cost));
			slices = Math.min(LuceneSchema.SLICES,
					Integer.highestOneBit(needed) << ((Integer.bitCount(needed) > 1) ? 1 : 0));
		}
		FacetCounter counter = count(searcher, q, sideways, slices);
		if (slices < LuceneSchema.SLICES && counter.read() * (double) LuceneSchema.SLICES / slices <= EXACT_READS) {
			// The estimate of what there was to read was far too high: read it all.
			slices = LuceneSchema.SLICES;
			counter = count(searcher, q, sideways, slices);
		}
		List<Dimension> all = List.of(Dimension.values());
		if (slices == LuceneSchema.SLICES) {
			return new Facets(exact(counter.counts(1.0, all), false), counter.matches(), counter.matches());
		}
		double scale = LuceneSchema.SLICES / (double) slices;
		Map<Dimension, FacetCounts> counts = exact(counter.counts(scale, all), true);
		if (knownMatches >= 0 && knownMatches <= COUNT_CAP) {
			// Few matches among many candidates: the matches' own values, read exactly.
			List<Dimension> unfiltered = all.stream().filter((d) -> !q.filters().containsKey(d)).toList();
			FacetCounter matches = count(searcher, q, full, LuceneSchema.SLICES);
			counts.putAll(exact(matches.counts(1.0, unfiltered), false));
		}
		return new Facets(counts, -1, Math.round(counter.matches() * scale));
	}

	private static Map<Dimension, FacetCounts> exact(Map<Dimension, Map<String, Long>> counts, boolean estimated) {
		Map<Dimension, FacetCounts> facets = new EnumMap<>(Dimension.class);
		counts.forEach((dimension, values) -> facets.put(dimension, new FacetCounts(values, estimated)));
		return facets;
	}

	private static FacetCounter count(LuceneIndex.Searcher searcher, SearchQuery q, Query query, int slices)
			throws IOException {
		FacetCounter counter = new FacetCounter(searcher.facets(), q);
		Query read = (slices < LuceneSchema.SLICES)
				? new BooleanQuery.Builder().add(query, Occur.FILTER).add(new SampleSlice(slices), Occur.FILTER).build()
				: query;
		searcher.search(read, new CollectorManager<FacetCounter, FacetCounter>() {

			@Override
			public FacetCounter newCollector() {
				return counter;
			}

			@Override
			public FacetCounter reduce(Collection<FacetCounter> collectors) {
				return counter;
			}

		});
		return counter;
	}

	/** An upper bound of the postings a query reads, from the index's statistics. */
	private static long cost(LuceneIndex.Searcher searcher, Query query) throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
		long cost = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			ScorerSupplier supplier = weight.scorerSupplier(leaf);
			if (supplier != null) {
				cost += supplier.cost();
			}
		}
		return cost;
	}

}
