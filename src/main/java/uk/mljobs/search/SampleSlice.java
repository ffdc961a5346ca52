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
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The postings in the first {@code slices} of the index's {@link LuceneSchema#SLICES}: a
 * random sample of the board, the same for every search, so counts from it are consistent
 * from one search to the next. Each segment's sample is found once, from the slice doc
 * values, and kept as a bit set while the segment lives; samples are powers of two in
 * size, so there are few of them.
 */
final class SampleSlice extends Query {

	private record Key(IndexReader.CacheKey segment, int slices) {
	}

	/** A segment's sample and how many postings it holds. */
	private record Sample(FixedBitSet bits, int count) {
	}

	private static final Map<Key, Sample> SAMPLES = new ConcurrentHashMap<>();

	private final int slices;

	SampleSlice(int slices) {
		if (Integer.bitCount(slices) != 1 || slices > LuceneSchema.SLICES) {
			throw new IllegalArgumentException("a sample is a power of two of slices: " + slices);
		}
		this.slices = slices;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				Sample sample = sample(context.reader(), SampleSlice.this.slices);
				return (sample.count() == 0) ? null : new ConstantScoreScorer(this, score(), scoreMode,
						new BitSetIterator(sample.bits(), sample.count()));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	private static Sample sample(LeafReader reader, int slices) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return scan(reader, slices);
		}
		Key key = new Key(helper.getKey(), slices);
		Sample sample = SAMPLES.get(key);
		if (sample == null) {
			sample = scan(reader, slices);
			if (SAMPLES.putIfAbsent(key, sample) == null) {
				helper.addClosedListener((closed) -> SAMPLES.keySet().removeIf((k) -> k.segment() == closed));
			}
		}
		return sample;
	}

	private static Sample scan(LeafReader reader, int slices) throws IOException {
		FixedBitSet sample = new FixedBitSet(Math.max(1, reader.maxDoc()));
		NumericDocValues values = DocValues.getNumeric(reader, LuceneSchema.SLICE);
		for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
			if (values.longValue() < slices) {
				sample.set(doc);
			}
		}
		return new Sample(sample, sample.cardinality());
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
