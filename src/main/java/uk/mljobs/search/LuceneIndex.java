package uk.mljobs.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index on local disk and its writer. The index lives in a folder under the
 * configured root, named by the root's {@code CURRENT} file; a rebuild writes a new
 * folder beside it and only then rewrites {@code CURRENT}, so a build cut short leaves
 * the old index (or none) in place, never half of one. Each commit records the change
 * feed position it includes, so a restart replays from there instead of rebuilding.
 */
final class LuceneIndex implements AutoCloseable {

	static final String CURRENT = "CURRENT";

	private static final String POSITION = "position";

	private static final String VERSION = "version";

	private final Path folder;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private volatile long position;

	private LuceneIndex(Path folder, Directory directory, IndexWriter writer, long position) throws IOException {
		this.folder = folder;
		this.directory = directory;
		this.writer = writer;
		this.searchers = new SearcherManager(writer, new SearcherFactory() {

			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
				return new Searcher(reader);
			}

		});
		this.position = position;
	}

	/** A searcher over one point in time, with the facet module's ordinals for it. */
	static final class Searcher extends IndexSearcher {

		private final FacetState facets;

		Searcher(IndexReader reader) throws IOException {
			super(reader);
			this.facets = new FacetState(reader);
		}

		FacetState facets() {
			return this.facets;
		}

	}

	/**
	 * Opens the index {@code CURRENT} names under {@code root}.
	 * @throws IOException when there is none, or it cannot be read, or it was written for
	 * another version of the schema: then it must be rebuilt
	 */
	static LuceneIndex open(Path root, Analyzer analyzer) throws IOException {
		Path current = root.resolve(CURRENT);
		if (!Files.isRegularFile(current)) {
			throw new IOException("no index yet under " + root);
		}
		String name = Files.readString(current, StandardCharsets.UTF_8).strip();
		if (!name.matches("index-\\d+")) {
			throw new IOException("CURRENT names no index folder: " + name);
		}
		Path folder = root.resolve(name);
		Directory directory = FSDirectory.open(folder);
		try {
			Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
			if (!LuceneSchema.VERSION.equals(data.get(VERSION)) || data.get(POSITION) == null) {
				throw new IOException("the index was written for schema " + data.get(VERSION));
			}
			IndexWriter writer = new IndexWriter(directory,
					config(analyzer).setOpenMode(IndexWriterConfig.OpenMode.APPEND));
			return new LuceneIndex(folder, directory, writer, Long.parseLong(data.get(POSITION)));
		}
		catch (IOException | RuntimeException ex) {
			directory.close();
			throw (ex instanceof IOException io) ? io : new IOException(ex);
		}
	}

	/**
	 * Builds a new index under {@code root} from {@code fill}, commits it at the position
	 * the filler returns, makes it the current one and opens it. The index it replaces is
	 * still open: its owner closes it, then removes its folder ({@link #removeAllBut}).
	 */
	static LuceneIndex build(Path root, Analyzer analyzer, Filler fill) throws IOException {
		Path folder = Files.createDirectories(root.resolve("index-" + System.currentTimeMillis()));
		try (Directory directory = FSDirectory.open(folder);
				IndexWriter writer = new IndexWriter(directory,
						config(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(48))) {
			long position = fill.fill(writer);
			writer.setLiveCommitData(commitData(position).entrySet());
			writer.commit();
		}
		Path next = root.resolve(CURRENT + ".next");
		Files.writeString(next, folder.getFileName().toString(), StandardCharsets.UTF_8);
		try {
			Files.move(next, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(next, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING);
		}
		return open(root, analyzer);
	}

	/**
	 * Adds every document of a build, and says which change feed position they are as of.
	 */
	interface Filler {

		long fill(IndexWriter writer) throws IOException;

	}

	/** Folders other than {@code keep}: builds cut short, and indexes since replaced. */
	static void removeAllBut(Path root, Path keep) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> children = Files.list(root)) {
			for (Path child : children.filter(Files::isDirectory).toList()) {
				if (keep == null || !child.getFileName().equals(keep.getFileName())) {
					deleteTree(child);
				}
			}
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static IndexWriterConfig config(Analyzer analyzer) {
		return new IndexWriterConfig(analyzer).setIndexSort(LuceneSchema.indexSort()).setCommitOnClose(false);
	}

	private static Map<String, String> commitData(long position) {
		Map<String, String> data = new HashMap<>();
		data.put(VERSION, LuceneSchema.VERSION);
		data.put(POSITION, Long.toString(position));
		return data;
	}

	/** Writes the postings found, removes the ids that are not among them. */
	void apply(Collection<Long> ids, List<JobDocument> published) throws IOException {
		java.util.Set<Long> kept = new java.util.HashSet<>();
		for (JobDocument document : published) {
			this.writer.updateDocument(LuceneSchema.idTerm(document.id()), LuceneSchema.document(document));
			kept.add(document.id());
		}
		for (long id : ids) {
			if (!kept.contains(id)) {
				this.writer.deleteDocuments(LuceneSchema.idTerm(id));
			}
		}
	}

	/** Makes what was applied visible to searches. */
	void refresh() throws IOException {
		this.searchers.maybeRefreshBlocking();
	}

	/** Makes what was applied durable, as of {@code position}. */
	void commit(long position) throws IOException {
		this.position = position;
		this.writer.setLiveCommitData(commitData(position).entrySet());
		this.writer.commit();
	}

	/** The change feed position of the last commit. */
	long committedPosition() {
		return this.position;
	}

	Searcher acquire() throws IOException {
		return (Searcher) this.searchers.acquire();
	}

	void release(Searcher searcher) throws IOException {
		this.searchers.release(searcher);
	}

	/** Postings in the index as searches see it now. */
	int documents() throws IOException {
		Searcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			release(searcher);
		}
	}

	Path folder() {
		return this.folder;
	}

	/** Bytes on disk. */
	long size() throws IOException {
		long bytes = 0;
		for (String file : this.directory.listAll()) {
			bytes += this.directory.fileLength(file);
		}
		return bytes;
	}

	@Override
	public void close() throws IOException {
		try {
			this.searchers.close();
		}
		finally {
			try {
				this.writer.rollback();
			}
			finally {
				this.directory.close();
			}
		}
	}

}
