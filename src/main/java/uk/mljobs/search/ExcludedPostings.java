package uk.mljobs.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Objects;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The postings a search leaves out ({@link SearchQuery#excluded}), by their id terms, for
 * a {@code MUST_NOT} clause. One person's set is useless to anyone else, so it is never
 * kept in Lucene's query cache, which every search shares; nor is any query that holds
 * it, since a query is cached only when all its clauses may be.
 */
final class ExcludedPostings extends Query {

	private final Query ids;

	ExcludedPostings(Collection<Long> ids) {
		this(new TermInSetQuery(LuceneSchema.ID, ids.stream().map((id) -> new BytesRef(Long.toString(id))).toList()));
	}

	private ExcludedPostings(Query ids) {
		this.ids = ids;
	}

	@Override
	public Query rewrite(IndexSearcher searcher) throws IOException {
		Query rewritten = this.ids.rewrite(searcher);
		return (rewritten == this.ids) ? this : new ExcludedPostings(rewritten);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
		// Straight from the query, not through the searcher, which would wrap it in the
		// cache.
		return new FilterWeight(this, this.ids.createWeight(searcher, scoreMode, boost)) {

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}

		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		this.ids.visit(visitor.getSubVisitor(Occur.MUST, this));
	}

	@Override
	public String toString(String field) {
		return "ExcludedPostings(" + this.ids.toString(field) + ")";
	}

	@Override
	public boolean equals(Object other) {
		return sameClassAs(other) && this.ids.equals(((ExcludedPostings) other).ids);
	}

	@Override
	public int hashCode() {
		return Objects.hash(classHash(), this.ids);
	}

}
