package uk.mljobs.search;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiDocValues.MultiSortedSetDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The facet module's view of one point-in-time reader: every dimension value's ordinal
 * across all segments, and which dimension each ordinal belongs to.
 */
final class FacetState {

	private final DefaultSortedSetDocValuesReaderState state;

	/** For each global ordinal, the {@link Dimension} ordinal, or -1. */
	private final int[] dimensionOf;

	/**
	 * For each segment, its ordinals' global ones: read from the facet module's ordinal
	 * map once per point in time, not once per value counted.
	 */
	private final int[][] toGlobal;

	/**
	 * Each global ordinal's value, without its dimension, read once per point in time.
	 */
	private final String[] values;

	FacetState(IndexReader reader) throws IOException {
		this.state = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, LuceneSchema.FACETS) : null;
		this.dimensionOf = new int[(this.state != null) ? this.state.getSize() : 0];
		Arrays.fill(this.dimensionOf, -1);
		for (Dimension dimension : (this.state != null) ? Dimension.values() : new Dimension[0]) {
			OrdRange range = this.state.getOrdRange(dimension.name());
			if (range != null) {
				Arrays.fill(this.dimensionOf, range.start, range.end + 1, dimension.ordinal());
			}
		}
		this.values = new String[this.dimensionOf.length];
		if (this.state != null) {
			SortedSetDocValues all = this.state.getDocValues();
			for (int ord = 0; ord < this.values.length; ord++) {
				String[] path = FacetsConfig.stringToPath(all.lookupOrd(ord).utf8ToString());
				this.values[ord] = path[path.length - 1];
			}
		}
		this.toGlobal = new int[reader.leaves().size()][];
		OrdinalMap mapping = (this.state != null) ? mapping(this.state.getDocValues()) : null;
		for (int leaf = 0; leaf < this.toGlobal.length; leaf++) {
			SortedSetDocValues values = reader.leaves()
				.get(leaf)
				.reader()
				.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
			int count = (values != null) ? (int) values.getValueCount() : 0;
			int[] global = new int[count];
			for (int ord = 0; ord < count; ord++) {
				global[ord] = (mapping != null) ? (int) mapping.getGlobalOrds(leaf).get(ord) : ord;
			}
			this.toGlobal[leaf] = global;
		}
	}

	/** Segment ordinal to global ordinal, for the segment at {@code leaf}. */
	int[] toGlobal(int leaf) {
		return this.toGlobal[leaf];
	}

	/** An empty index has no facet field yet. */
	private static boolean hasFacets(IndexReader reader) {
		return reader.leaves()
			.stream()
			.anyMatch((leaf) -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
	}

	int size() {
		return this.dimensionOf.length;
	}

	int dimensionOf(int ord) {
		return this.dimensionOf[ord];
	}

	/**
	 * Doc values over the whole reader, for looking values up; a new one each call, since
	 * they are not safe to share between threads.
	 */
	SortedSetDocValues values() throws IOException {
		return (this.state != null) ? this.state.getDocValues() : org.apache.lucene.index.DocValues.emptySortedSet();
	}

	/** How segment ordinals map to global ones, or {@code null} for a single segment. */
	static OrdinalMap mapping(SortedSetDocValues values) {
		return (values instanceof MultiSortedSetDocValues multi) ? multi.mapping : null;
	}

	/** The global ordinal of a dimension's value, or -1 where no posting has it. */
	static int ordinal(SortedSetDocValues values, Dimension dimension, String value) throws IOException {
		long ord = values.lookupTerm(new BytesRef(FacetsConfig.pathToString(dimension.name(), value)));
		return (ord >= 0) ? (int) ord : -1;
	}

	/** The value an ordinal stands for, without its dimension. */
	String value(int ord) {
		return this.values[ord];
	}

}
