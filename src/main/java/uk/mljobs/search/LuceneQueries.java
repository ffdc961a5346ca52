package uk.mljobs.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import uk.mljobs.search.TextAnalysis.Token;

/**
 * A {@link SearchQuery} as Lucene queries: the words scored with BM25 across the four
 * texts (a match in the title weighs most), every filter a non-scoring clause.
 */
final class LuceneQueries {

	/** How much the other texts add beside the best-matching one. */
	private static final float TIE_BREAKER = 0.3f;

	private final Analyzer analyzer;

	LuceneQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/**
	 * What every match must satisfy besides the dimension filters: the words, still open,
	 * published by {@code asOf} and within an alert's window, and the minimum pay.
	 */
	Query base(SearchQuery q) {
		BooleanQuery.Builder base = new BooleanQuery.Builder();
		Query words = (q.words() != null) ? words(q.words()) : null;
		if (words != null) {
			base.add(words, Occur.MUST);
		}
		base.add(IntPoint.newRangeQuery(LuceneSchema.CLOSES, (int) q.liveOn().toEpochDay(), Integer.MAX_VALUE),
				Occur.FILTER);
		if (q.asOf() != null) {
			base.add(LongPoint.newRangeQuery(LuceneSchema.PUBLISHED, Long.MIN_VALUE, q.asOf().toEpochMilli()),
					Occur.FILTER);
		}
		if (q.publishedFrom() != null) {
			base.add(LongPoint.newRangeQuery(LuceneSchema.PUBLISHED, q.publishedFrom().toEpochMilli(),
					q.publishedUntil().toEpochMilli() - 1), Occur.FILTER);
		}
		if (q.minPay() != null) {
			base.add(IntPoint.newRangeQuery(q.minPay().daily() ? LuceneSchema.PAY_DAY : LuceneSchema.PAY_YEAR,
					q.minPay().pounds(), Integer.MAX_VALUE), Occur.FILTER);
		}
		return base.build();
	}

	/** Every match: the base and every dimension's filter. */
	Query full(SearchQuery q) {
		if (q.filters().isEmpty()) {
			return base(q);
		}
		BooleanQuery.Builder full = new BooleanQuery.Builder().add(base(q), Occur.MUST);
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
			return base(q);
		}
		BooleanQuery.Builder allButOne = new BooleanQuery.Builder().setMinimumNumberShouldMatch(filters - 1);
		q.filters().forEach((dimension, values) -> allButOne.add(filter(q, dimension, values), Occur.SHOULD));
		return new BooleanQuery.Builder().add(base(q), Occur.MUST).add(allButOne.build(), Occur.FILTER).build();
	}

	/** One dimension's filter: any of its values. */
	static Query filter(SearchQuery q, Dimension dimension, Set<String> values) {
		if (dimension == Dimension.POSTED_WITHIN) {
			int days = values.stream().mapToInt(Integer::parseInt).max().orElseThrow();
			return LongPoint.newRangeQuery(LuceneSchema.PUBLISHED, q.since(days).toEpochMilli(), Long.MAX_VALUE);
		}
		if (values.size() == 1) {
			return new TermQuery(term(dimension, values.iterator().next()));
		}
		List<BytesRef> terms = values.stream().map((value) -> term(dimension, value).bytes()).toList();
		return new TermInSetQuery(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, terms);
	}

	static Term term(Dimension dimension, String value) {
		return DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, dimension.name(), value);
	}

	/**
	 * The words: one of the alternatives must match; in it, every required term must
	 * match and no excluded one may. A search of stop words only matches nothing, as in
	 * PostgreSQL.
	 */
	Query words(Words words) {
		List<Query> alternatives = new ArrayList<>();
		for (Words.Conjunction conjunction : words.anyOf()) {
			Query query = conjunction(conjunction);
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

	private Query conjunction(Words.Conjunction conjunction) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		int required = 0;
		for (Words.Term term : conjunction.required()) {
			Query matched = term(term.text());
			if (matched != null) {
				query.add(matched, Occur.MUST);
				required++;
			}
		}
		int excluded = 0;
		for (Words.Term term : conjunction.excluded()) {
			Query matched = term(term.text());
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
	 * A word or a phrase in any of the texts, scored by the best field plus a share of
	 * the others; a word that analyses into several terms ("ci/cd") is a phrase.
	 * {@code null} when nothing is left after analysis (a stop word).
	 */
	private Query term(String text) {
		List<Query> perField = new ArrayList<>();
		for (int i = 0; i < LuceneSchema.TEXT_FIELDS.length; i++) {
			String field = LuceneSchema.TEXT_FIELDS[i];
			List<Token> tokens = TextAnalysis.tokens(this.analyzer, field, text);
			if (tokens.isEmpty()) {
				return null;
			}
			Query query;
			if (tokens.size() == 1) {
				query = new TermQuery(new Term(field, tokens.get(0).text()));
			}
			else {
				PhraseQuery.Builder phrase = new PhraseQuery.Builder();
				tokens.forEach((token) -> phrase.add(new Term(field, token.text()), token.position()));
				query = phrase.build();
			}
			perField.add(new BoostQuery(query, LuceneSchema.BOOSTS[i]));
		}
		return new DisjunctionMaxQuery(perField, TIE_BREAKER);
	}

}
