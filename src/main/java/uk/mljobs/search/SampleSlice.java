package uk.mljobs.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * The postings in the first {@code slices} of the index's {@link LuceneSchema#SLICES}:
 * the index is sorted by the slice hash, so in each segment they are one leading range of
 * documents, found without reading them. Where each slice ends in a segment is worked out
 * once per segment and kept while the segment lives.
 */
final class SampleSlice extends Query {

	private static final Map<IndexReader.CacheKey, int[]> ENDS = new ConcurrentHashMap<>();

	private final int slices;

	SampleSlice(int slices) {
		this.slices = slices;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				int end = ends(context.reader())[SampleSlice.this.slices];
				return (end == 0) ? null
						: new ConstantScoreScorer(this, score(), scoreMode, DocIdSetIterator.range(0, end));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	/**
	 * For each slice count k, the first document of slice k or above: slices below k are
	 * the documents before it.
	 */
	private static int[] ends(LeafReader reader) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return scan(reader);
		}
		int[] ends = ENDS.get(helper.getKey());
		if (ends == null) {
			ends = scan(reader);
			if (ENDS.putIfAbsent(helper.getKey(), ends) == null) {
				helper.addClosedListener(ENDS::remove);
			}
		}
		return ends;
	}

	private static int[] scan(LeafReader reader) throws IOException {
		int[] ends = new int[LuceneSchema.SLICES + 1];
		NumericDocValues slices = DocValues.getNumeric(reader, LuceneSchema.SLICE);
		int next = 0;
		for (int doc = slices.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = slices.nextDoc()) {
			int slice = (int) slices.longValue();
			while (next <= slice) {
				ends[next++] = doc;
			}
		}
		while (next <= LuceneSchema.SLICES) {
			ends[next++] = reader.maxDoc();
		}
		return ends;
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String field) {
		return "SampleSlice(" + this.slices + "/" + LuceneSchema.SLICES + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && ((SampleSlice) other).slices == this.slices;
	}

	@Override
	public int hashCode() {
		return classHash() ^ this.slices;
	}

}
