package uk.mljobs.search;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where engines read postings from: the job feature's table, which search does not name
 * itself.
 */
public interface JobDocuments {

	/**
	 * The published postings among {@code ids}; an id that is not published (a draft, an
	 * ended or deleted posting) is left out.
	 */
	List<JobDocument> published(Collection<Long> ids);

	/**
	 * Every published posting, in id order, read in the caller's transaction (so in its
	 * snapshot) without holding them all at once.
	 */
	void forEachPublished(Consumer<JobDocument> sink);

}
