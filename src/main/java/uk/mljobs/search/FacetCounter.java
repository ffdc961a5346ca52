package uk.mljobs.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts every dimension's values in one pass, the way the facet module's drill-sideways
 * search does: a posting that passes every filter counts for every dimension, one that
 * fails exactly one filter counts for that filter's dimension only, so each value's count
 * is what the search would find with that value chosen instead. It reads the facet
 * module's single doc-values field of ordinals, so each posting costs a few array reads.
 */
final class FacetCounter extends SimpleCollector {

	private static final int MAX_VALUES_PER_POSTING = 64;

	private final FacetState state;

	/** For each global ordinal, whether it is one of the values a filter accepts. */
	private final boolean[] accepted;

	/** For each {@link Dimension} ordinal, its filter's bit, or -1 when unfiltered. */
	private final int[] filterBit;

	private final int allFilters;

	private final int postedBit;

	private final long postedSince;

	private final long[] windowSince = new long[Dimension.WINDOWS.length];

	private final int[] counts;

	private final long[] windows = new long[Dimension.WINDOWS.length];

	private final int[] ords = new int[MAX_VALUES_PER_POSTING];

	private long matches;

	private long read;

	private SortedSetDocValues values;

	private int[] toGlobal;

	private NumericDocValues published;

	FacetCounter(FacetState state, SearchQuery q) throws IOException {
		this.state = state;
		SortedSetDocValues lookup = q.filters().isEmpty() ? null : state.values();
		this.accepted = new boolean[state.size()];
		this.counts = new int[state.size()];
		this.filterBit = new int[Dimension.values().length];
		java.util.Arrays.fill(this.filterBit, -1);
		int bit = 0;
		int posted = -1;
		long since = Long.MIN_VALUE;
		for (Map.Entry<Dimension, Set<String>> filter : q.filters().entrySet()) {
			Dimension dimension = filter.getKey();
			this.filterBit[dimension.ordinal()] = bit;
			if (dimension == Dimension.POSTED_WITHIN) {
				posted = bit;
				since = q.since(filter.getValue().stream().mapToInt(Integer::parseInt).max().orElseThrow())
					.toEpochMilli();
			}
			else {
				for (String value : filter.getValue()) {
					int ord = FacetState.ordinal(lookup, dimension, value);
					if (ord >= 0) {
						this.accepted[ord] = true;
					}
				}
			}
			bit++;
		}
		this.allFilters = (1 << bit) - 1;
		this.postedBit = posted;
		this.postedSince = since;
		for (int i = 0; i < Dimension.WINDOWS.length; i++) {
			this.windowSince[i] = q.since(Dimension.WINDOWS[i]).toEpochMilli();
		}
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) throws IOException {
		this.values = DocValues.getSortedSet(context.reader(),
				org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
		this.toGlobal = this.state.toGlobal(context.ord);
		this.published = DocValues.getNumeric(context.reader(), LuceneSchema.PUBLISHED);
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public void collect(int doc) throws IOException {
		this.read++;
		int n = 0;
		if (this.values.advanceExact(doc)) {
			int count = Math.min(this.values.docValueCount(), MAX_VALUES_PER_POSTING);
			for (int i = 0; i < count; i++) {
				this.ords[n++] = this.toGlobal[(int) this.values.nextOrd()];
			}
		}
		long publishedAt = this.published.advanceExact(doc) ? this.published.longValue() : Long.MIN_VALUE;
		int passed = 0;
		for (int i = 0; i < n; i++) {
			int ord = this.ords[i];
			if (this.accepted[ord]) {
				passed |= 1 << this.filterBit[this.state.dimensionOf(ord)];
			}
		}
		if (this.postedBit >= 0 && publishedAt >= this.postedSince) {
			passed |= 1 << this.postedBit;
		}
		int failed = this.allFilters & ~passed;
		if (failed == 0) {
			this.matches++;
			for (int i = 0; i < n; i++) {
				this.counts[this.ords[i]]++;
			}
			countWindows(publishedAt);
		}
		else if ((failed & (failed - 1)) == 0) {
			// Failed one filter only: counts for that filter's dimension.
			if (failed == 1 << this.postedBit) {
				countWindows(publishedAt);
				return;
			}
			for (int i = 0; i < n; i++) {
				int ord = this.ords[i];
				int dimension = this.state.dimensionOf(ord);
				if (dimension >= 0 && this.filterBit[dimension] >= 0 && failed == 1 << this.filterBit[dimension]) {
					this.counts[ord]++;
				}
			}
		}
	}

	/**
	 * Counts the posting in the shortest window it falls in; the windows nest, so each
	 * window's count is summed from the shorter ones when the counts are read.
	 */
	private void countWindows(long publishedAt) {
		for (int i = 0; i < this.windows.length; i++) {
			if (publishedAt >= this.windowSince[i]) {
				this.windows[i]++;
				return;
			}
		}
	}

	/** Postings that passed every filter. */
	long matches() {
		return this.matches;
	}

	/** Postings read, whether they counted or not. */
	long read() {
		return this.read;
	}

	/** Each dimension's non-zero counts, by value, times {@code scale}. */
	Map<Dimension, Map<String, Long>> counts(double scale, List<Dimension> only) throws IOException {
		Map<Dimension, Map<String, Long>> facets = new EnumMap<>(Dimension.class);
		for (Dimension dimension : only) {
			facets.put(dimension, new LinkedHashMap<>());
		}
		for (int ord = 0; ord < this.counts.length; ord++) {
			if (this.counts[ord] > 0) {
				int dimension = this.state.dimensionOf(ord);
				if (dimension >= 0) {
					Map<String, Long> values = facets.get(Dimension.values()[dimension]);
					if (values != null) {
						values.put(this.state.value(ord), scaled(this.counts[ord], scale));
					}
				}
			}
		}
		Map<String, Long> windows = facets.get(Dimension.POSTED_WITHIN);
		if (windows != null) {
			long within = 0;
			for (int i = 0; i < Dimension.WINDOWS.length; i++) {
				within += this.windows[i];
				if (within > 0) {
					windows.put(String.valueOf(Dimension.WINDOWS[i]), scaled(within, scale));
				}
			}
		}
		return facets;
	}

	static long scaled(long count, double scale) {
		return (scale == 1.0) ? count : Math.max(1, SearchHits.rounded(Math.round(count * scale)));
	}

}
