package uk.mljobs.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.DocIdSetBuilder;

/**
 * The postings a search leaves out ({@link SearchQuery#excluded}), found by their id
 * terms, for a {@code MUST_NOT} clause. One person's set is of no use to anyone else, so
 * it is never kept in Lucene's query cache, which every search shares; nor is any query
 * holding it, since a query is cached only when all its clauses may be. (A
 * {@code TermInSetQuery} would be, once used twice.)
 */
final class ExcludedPostings extends Query {

	/**
	 * The ids as the index's terms, in order, so each segment's terms are sought forward.
	 */
	private final List<BytesRef> ids;

	ExcludedPostings(Collection<Long> ids) {
		this.ids = ids.stream().map((id) -> new BytesRef(Long.toString(id))).sorted().toList();
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {

			@Override
			public Scorer scorer(LeafReaderContext context) throws IOException {
				Terms terms = context.reader().terms(LuceneSchema.ID);
				if (terms == null) {
					return null;
				}
				TermsEnum each = terms.iterator();
				DocIdSetBuilder docs = new DocIdSetBuilder(context.reader().maxDoc(), terms);
				PostingsEnum postings = null;
				for (BytesRef id : ExcludedPostings.this.ids) {
					if (each.seekExact(id)) {
						postings = each.postings(postings, PostingsEnum.NONE);
						docs.add(postings);
					}
				}
				DocIdSetIterator found = docs.build().iterator();
				return (found == null) ? null : new ConstantScoreScorer(this, score(), scoreMode, found);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String field) {
		return "ExcludedPostings(" + this.ids.size() + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.ids.equals(((ExcludedPostings) other).ids);
	}

	@Override
	public int hashCode() {
		return classHash() ^ this.ids.hashCode();
	}

}
