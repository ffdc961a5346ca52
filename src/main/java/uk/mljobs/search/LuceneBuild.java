package uk.mljobs.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Fills a new index from a {@link BoardSnapshot}: one thread turns postings into Lucene
 * documents and writes them while the caller reads the next batch from PostgreSQL (when
 * the writer falls behind, the reader writes a batch itself).
 */
final class LuceneBuild {

	private final BoardSnapshot board;

	private final BooleanSupplier running;

	private final AtomicLong count = new AtomicLong();

	LuceneBuild(BoardSnapshot board, BooleanSupplier running) {
		this.board = board;
		this.running = running;
	}

	/** Postings written so far. */
	long count() {
		return this.count.get();
	}

	/**
	 * Writes every published posting.
	 * @return the change feed's position at the snapshot written
	 */
	long fill(IndexWriter writer) throws IOException {
		ThreadPoolExecutor writers = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(4),
				new ThreadPoolExecutor.CallerRunsPolicy());
		AtomicReference<Exception> failed = new AtomicReference<>();
		try {
			long from = this.board.read((batch) -> writers.execute(() -> write(writer, batch, failed)), this.running);
			writers.shutdown();
			writers.awaitTermination(10, TimeUnit.MINUTES);
			if (failed.get() != null) {
				throw new IOException("writing the index failed", failed.get());
			}
			return from;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
		finally {
			writers.shutdownNow();
		}
	}

	private void write(IndexWriter writer, List<JobDocument> batch, AtomicReference<Exception> failed) {
		try {
			List<Document> docs = batch.stream().map(LuceneSchema::document).toList();
			writer.addDocuments(docs);
			this.count.addAndGet(batch.size());
		}
		catch (IOException | RuntimeException ex) {
			failed.compareAndSet(null, ex);
		}
	}

}
