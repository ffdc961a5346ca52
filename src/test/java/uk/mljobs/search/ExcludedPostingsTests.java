package uk.mljobs.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lucene clause that leaves out a person's hidden postings matches them by id, and
 * never lands in the query cache every search shares.
 */
class ExcludedPostingsTests {

	@Test
	void leavesOutThePostingsByIdAndIsNeverCached() throws IOException {
		try (Directory directory = index(1, 2, 3, 4); DirectoryReader reader = DirectoryReader.open(directory)) {
			List<Query> cached = new ArrayList<>();
			IndexSearcher searcher = cachingEverything(reader, cached);
			Query search = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
				.add(new ExcludedPostings(Set.of(2L, 4L, 99L)), Occur.MUST_NOT)
				.build();
			assertThat(searcher.search(search, 10).totalHits.value).isEqualTo(2);
			assertThat(searcher.count(search)).isEqualTo(2);
			assertThat(cached).noneMatch((query) -> query.toString().contains("ExcludedPostings"))
				.noneMatch((query) -> query.toString().contains(LuceneSchema.ID + ":"));

			// The same search with Lucene's own query for a set of terms is cached.
			Query plain = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
				.add(new TermInSetQuery(LuceneSchema.ID, List.of(new BytesRef("2"), new BytesRef("4"))), Occur.MUST_NOT)
				.build();
			assertThat(searcher.search(plain, 10).totalHits.value).isEqualTo(2);
			assertThat(cached).anyMatch((query) -> query.toString().contains(LuceneSchema.ID + ":"));
		}
	}

	private static IndexSearcher cachingEverything(DirectoryReader reader, List<Query> cached) {
		IndexSearcher searcher = new IndexSearcher(reader);
		searcher.setQueryCache(new LRUQueryCache(100, 1 << 20, (leaf) -> true, Float.POSITIVE_INFINITY) {

			@Override
			protected void onQueryCache(Query query, long ramBytesUsed) {
				super.onQueryCache(query, ramBytesUsed);
				cached.add(query);
			}

		});
		searcher.setQueryCachingPolicy(new QueryCachingPolicy() {

			@Override
			public void onUse(Query query) {
			}

			@Override
			public boolean shouldCache(Query query) {
				return true;
			}

		});
		return searcher;
	}

	private static Directory index(long... ids) throws IOException {
		Directory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
			for (long id : ids) {
				Document doc = new Document();
				doc.add(new StringField(LuceneSchema.ID, Long.toString(id), Field.Store.NO));
				writer.addDocument(doc);
			}
		}
		return directory;
	}

}
