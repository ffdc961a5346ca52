package uk.mljobs.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * The fields of a posting in the Lucene index: the four searched texts, one facet
 * dimension per {@link Dimension} (counted and filtered through Lucene's facet module),
 * and the numbers filters and orders read. The index is sorted newest first, so the
 * newest order reads no further than the page, and equally relevant postings rank newest
 * first; a well-mixed hash of each id places it in one of {@link #SLICES} slices, from
 * which facet counts take random samples.
 */
final class LuceneSchema {

	/** Bumped whenever a field changes: an index of another version is rebuilt. */
	static final String VERSION = "5";

	static final String ID = "id";

	static final String ID_VALUE = "id_value";

	static final String TITLE = "title";

	static final String SKILLS = "skills";

	/**
	 * The company's name; not "company", which OpenSearch's mapping gives the company
	 * dimension's keyword field.
	 */
	static final String COMPANY = "company_name";

	static final String DESCRIPTION = "description";

	/**
	 * The four texts again as one field, for matching without scoring (filters, counts,
	 * the date and pay orders): one posting list a word instead of four.
	 */
	static final String ALL = "all";

	/**
	 * The title, skills and company as written, lower-cased but not stemmed: the words a
	 * misspelt search is corrected to. Only which postings have a word is kept.
	 */
	static final String SPELL = "spell";

	private static final FieldType SPELL_TYPE = spellType();

	/** Epoch milliseconds. */
	static final String PUBLISHED = "published";

	/** Epoch day of the closing date. */
	static final String CLOSES = "closes";

	static final String PAY_YEAR = "pay_year";

	static final String PAY_DAY = "pay_day";

	static final String PAY_ORDER = "pay_order";

	static final String SLICE = "slice";

	/** Samples are taken in 1/1024ths of the index. */
	static final int SLICES = 1024;

	/** The searched texts, with how much a match in each weighs. */
	static final String[] TEXT_FIELDS = { TITLE, SKILLS, COMPANY, DESCRIPTION };

	static final float[] BOOSTS = { 3.0f, 2.0f, 1.5f, 1.0f };

	static final FacetsConfig FACETS = facets();

	private LuceneSchema() {
	}

	private static FieldType spellType() {
		FieldType type = new FieldType();
		type.setTokenized(true);
		type.setOmitNorms(true);
		type.setIndexOptions(IndexOptions.DOCS);
		type.freeze();
		return type;
	}

	/** What {@link #SPELL} holds of a posting. */
	static String spelling(JobDocument job) {
		return job.title() + "\n" + ((job.skillsText() != null) ? job.skillsText() : "") + "\n" + job.company();
	}

	private static FacetsConfig facets() {
		FacetsConfig config = new FacetsConfig();
		for (Dimension dimension : Dimension.values()) {
			if (dimension.multiValued()) {
				config.setMultiValued(dimension.name(), true);
			}
		}
		return config;
	}

	static Term idTerm(long id) {
		return new Term(ID, Long.toString(id));
	}

	static Sort indexSort() {
		return new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true),
				new SortField(ID_VALUE, SortField.Type.LONG, true));
	}

	/** Where a posting falls among the {@link #SLICES}: a well-mixed hash of its id. */
	static int slice(long id) {
		long z = id + 0x9E3779B97F4A7C15L;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		z = z ^ (z >>> 31);
		return (int) (z & (SLICES - 1));
	}

	static Document document(JobDocument job) {
		Document doc = new Document();
		doc.add(new StringField(ID, Long.toString(job.id()), Field.Store.NO));
		doc.add(new NumericDocValuesField(ID_VALUE, job.id()));
		doc.add(new NumericDocValuesField(SLICE, slice(job.id())));
		doc.add(new TextField(TITLE, job.title(), Field.Store.NO));
		doc.add(new TextField(SKILLS, (job.skillsText() != null) ? job.skillsText() : "", Field.Store.NO));
		doc.add(new TextField(COMPANY, job.company(), Field.Store.NO));
		doc.add(new TextField(DESCRIPTION, job.description(), Field.Store.NO));
		for (IndexableField text : List.copyOf(doc.getFields())) {
			if (text instanceof TextField) {
				doc.add(new TextField(ALL, text.stringValue(), Field.Store.NO));
			}
		}
		doc.add(new Field(SPELL, spelling(job), SPELL_TYPE));
		long published = job.publishedAt().toEpochMilli();
		doc.add(new LongPoint(PUBLISHED, published));
		doc.add(new NumericDocValuesField(PUBLISHED, published));
		doc.add(new IntPoint(CLOSES, (int) job.closesOn().toEpochDay()));
		doc.add(new IntPoint(job.daily() ? PAY_DAY : PAY_YEAR, job.payMax()));
		doc.add(new NumericDocValuesField(job.daily() ? PAY_DAY : PAY_YEAR, job.payMax()));
		doc.add(new LongPoint(PAY_ORDER, job.annualPayMax()));
		doc.add(new NumericDocValuesField(PAY_ORDER, job.annualPayMax()));
		for (Dimension dimension : Dimension.values()) {
			for (String value : job.values(dimension)) {
				if (value != null && !value.isEmpty()) {
					doc.add(new SortedSetDocValuesFacetField(dimension.name(), value));
				}
			}
		}
		try {
			return FACETS.build(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
