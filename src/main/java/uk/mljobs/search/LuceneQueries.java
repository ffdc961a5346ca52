package uk.mljobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import uk.mljobs.search.TextAnalysis.Token;

/**
 * A {@link SearchQuery} as Lucene queries: for the relevance order the words are scored
 * with BM25 across the four texts (a match in the title weighs most); everywhere else
 * they are matched in the combined field without scoring; every filter is a non-scoring
 * clause.
 */
final class LuceneQueries {

	private final Analyzer analyzer;

	LuceneQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * What every match must satisfy besides the dimension filters: the words, still open,
	 * published by {@code asOf} and within an alert's window, the minimum pay, and not
	 * one of the postings left out.
	 */
	Query base(SearchQuery q, boolean scored) {
		BooleanQuery.Builder base = new BooleanQuery.Builder();
		// Ordered by distance, nearness is the score and the words only filter.
		boolean byDistance = scored && q.order() == SearchQuery.Order.DISTANCE;
		Query words = (q.words() != null) ? words(q.words(), scored && !byDistance) : null;
		if (words != null) {
			base.add(words, byDistance ? Occur.FILTER : Occur.MUST);
		}
		else {
			base.add(new MatchAllDocsQuery(), Occur.FILTER);
		}
		if (q.near() != null) {
			base.add(near(q.near(), byDistance), byDistance ? Occur.MUST : Occur.FILTER);
		}
		// Nearly every posting is open and was published before the first page was shown:
		// leaving out the few that are not reads a handful of documents, where keeping
		// the rest would read them all.
		base.add(IntPoint.newRangeQuery(LuceneSchema.CLOSES, Integer.MIN_VALUE, (int) q.liveOn().toEpochDay() - 1),
				Occur.MUST_NOT);
		if (q.asOf() != null) {
			base.add(LongPoint.newRangeQuery(LuceneSchema.PUBLISHED, q.asOf().toEpochMilli() + 1, Long.MAX_VALUE),
					Occur.MUST_NOT);
		}
		if (q.publishedFrom() != null) {
			base.add(range(LuceneSchema.PUBLISHED, q.publishedFrom().toEpochMilli(),
					q.publishedUntil().toEpochMilli() - 1), Occur.FILTER);
		}
		if (q.minPay() != null) {
			base.add(range(q.minPay().daily() ? LuceneSchema.PAY_DAY : LuceneSchema.PAY_YEAR, q.minPay().pounds(),
					Integer.MAX_VALUE), Occur.FILTER);
		}
		if (q.excludes()) {
			// In the base, so the page, its count and every facet leave them out alike.
			base.add(new ExcludedPostings(q.excluded()), Occur.MUST_NOT);
		}
		return base.build();
	}

	/**
	 * Every match: the base and every dimension's filter.
	 * @param scored whether the words' relevance is needed, or only which postings match
	 */
	Query full(SearchQuery q, boolean scored) {
		if (q.filters().isEmpty()) {
			return base(q, scored);
		}
		BooleanQuery.Builder full = new BooleanQuery.Builder().add(base(q, scored), Occur.MUST);
		q.filters().forEach((dimension, values) -> full.add(filter(q, dimension, values), Occur.FILTER));
		return full.build();
	}

	/**
	 * What facet counting reads: matches of the base that fail at most one dimension's
	 * filter, since a value's count is taken with the other filters applied.
	 */
	Query sideways(SearchQuery q) {
		int filters = q.filters().size();
		if (filters < 2) {
			return base(q, false);
		}
		BooleanQuery.Builder allButOne = new BooleanQuery.Builder().setMinimumNumberShouldMatch(filters - 1);
		q.filters().forEach((dimension, values) -> allButOne.add(filter(q, dimension, values), Occur.SHOULD));
		return new BooleanQuery.Builder().add(base(q, false), Occur.MUST).add(allButOne.build(), Occur.FILTER).build();
	}

	/**
	 * Postings in the towns near, or remote ones when asked for; scored, each town's by
	 * its nearness ({@link SearchQuery.Near#score}), so the nearest rank first.
	 */
	static Query near(SearchQuery.Near near, boolean scored) {
		List<Query> places = new ArrayList<>();
		if (scored) {
			near.miles()
				.keySet()
				.forEach((town) -> places.add(new BoostQuery(
						new ConstantScoreQuery(new TermQuery(term(Dimension.TOWN, town))), near.score(town))));
		}
		else if (!near.miles().isEmpty()) {
			places.add(new TermInSetQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
					near.miles().keySet().stream().map((town) -> term(Dimension.TOWN, town).bytes()).toList()));
		}
		if (near.includeRemote()) {
			Query remote = new TermQuery(term(Dimension.WORK_MODE, "REMOTE"));
			places.add(scored ? new BoostQuery(new ConstantScoreQuery(remote), SearchQuery.Near.REMOTE) : remote);
		}
		if (places.isEmpty()) {
			return new MatchNoDocsQuery("no town near");
		}
		return scored ? new DisjunctionMaxQuery(places, 0f) : anyOf(places);
	}

	private static Query anyOf(List<Query> queries) {
		if (queries.size() == 1) {
			return queries.get(0);
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		queries.forEach((query) -> any.add(query, Occur.SHOULD));
		return any.build();
	}

	/** One dimension's filter: any of its values. */
	static Query filter(SearchQuery q, Dimension dimension, Set<String> values) {
		if (dimension == Dimension.POSTED_WITHIN) {
			int days = values.stream().mapToInt(Integer::parseInt).max().orElseThrow();
			return range(LuceneSchema.PUBLISHED, q.since(days).toEpochMilli(), Long.MAX_VALUE);
		}
		if (values.size() == 1) {
			return new TermQuery(term(dimension, values.iterator().next()));
		}
		List<BytesRef> terms = values.stream().map((value) -> term(dimension, value).bytes()).toList();
		return new TermInSetQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, terms);
	}

	/**
	 * A range over a field indexed as points and as doc values: Lucene reads the points
	 * when the range leads, and checks each candidate's doc value when something rarer
	 * does, instead of listing every posting in the range first.
	 */
	private static Query range(String field, long min, long max) {
		return new IndexOrDocValuesQuery(
				field.equals(LuceneSchema.PUBLISHED) ? LongPoint.newRangeQuery(field, min, max)
						: IntPoint.newRangeQuery(field, (int) Math.max(Integer.MIN_VALUE, min),
								(int) Math.min(Integer.MAX_VALUE, max)),
				NumericDocValuesField.newSlowRangeQuery(field, min, max));
	}

	static Term term(Dimension dimension, String value) {
		return DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dimension.name(), value);
	}

	/**
	 * The words: one of the alternatives must match; in it, every required term must
	 * match and no excluded one may. A search of stop words only matches nothing, as in
	 * PostgreSQL.
	 */
	Query words(Words words, boolean scored) {
		List<Query> alternatives = new ArrayList<>();
		for (Words.Conjunction conjunction : words.anyOf()) {
			Query query = conjunction(conjunction, scored);
			if (query != null) {
				alternatives.add(query);
			}
		}
		if (alternatives.isEmpty()) {
			return new MatchNoDocsQuery("only stop words");
		}
		if (alternatives.size() == 1) {
			return alternatives.get(0);
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		alternatives.forEach((alternative) -> any.add(alternative, Occur.SHOULD));
		return any.build();
	}

	private Query conjunction(Words.Conjunction conjunction, boolean scored) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int required = 0;
		for (Words.Term term : conjunction.required()) {
			Query matched = anyForm(term, scored);
			if (matched != null) {
				query.add(matched, Occur.MUST);
				required++;
			}
		}
		int excluded = 0;
		for (Words.Term term : conjunction.excluded()) {
			Query matched = anyForm(term, false);
			if (matched != null) {
				query.add(matched, Occur.MUST_NOT);
				excluded++;
			}
		}
		if (required == 0 && excluded == 0) {
			return null;
		}
		if (required == 0) {
			query.add(new MatchAllDocsQuery(), Occur.FILTER);
		}
		return query.build();
	}

	/**
	 * A term as typed or any of its synonyms; {@code null} when none has anything left
	 * after analysis.
	 */
	private Query anyForm(Words.Term term, boolean scored) {
		if (term.alternatives().isEmpty()) {
			return scored ? term(term.text()) : match(LuceneSchema.ALL, term.text());
		}
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		int forms = 0;
		for (String form : term.forms()) {
			Query matched = scored ? term(form) : match(LuceneSchema.ALL, form);
			if (matched != null) {
				any.add(matched, Occur.SHOULD);
				forms++;
			}
		}
		return (forms == 0) ? null : any.build();
	}

	/**
	 * A word or a phrase in any of the texts, scored by the sum of its weighted matches
	 * in each: a sum, unlike the best field alone, lets Lucene skip blocks of postings
	 * that cannot reach the page. {@code null} when nothing is left after analysis (a
	 * stop word).
	 */
	private Query term(String text) {
		BooleanQuery.Builder anyField = new BooleanQuery.Builder();
		for (int i = 0; i < LuceneSchema.TEXT_FIELDS.length; i++) {
			Query query = match(LuceneSchema.TEXT_FIELDS[i], text);
			if (query == null) {
				return null;
			}
			anyField.add(new BoostQuery(query, LuceneSchema.BOOSTS[i]), Occur.SHOULD);
		}
		return anyField.build();
	}

	/**
	 * A word or a phrase in one field; a word that analyses into several terms ("ci/cd")
	 * is a phrase. {@code null} when nothing is left after analysis.
	 */
	private Query match(String field, String text) {
		List<Token> tokens = TextAnalysis.tokens(this.analyzer, field, text);
		if (tokens.isEmpty()) {
			return null;
		}
		if (tokens.size() == 1) {
			return new TermQuery(new Term(field, tokens.get(0).text()));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		tokens.forEach((token) -> phrase.add(new Term(field, token.text()), token.position()));
		return phrase.build();
	}

}
