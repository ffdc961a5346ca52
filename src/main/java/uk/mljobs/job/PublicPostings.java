package uk.mljobs.job;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A posting's page as seekers read it, through the site or the API, and how often they
 * do.
 */
@Service
@Transactional(readOnly = true)
class PublicPostings {

	private final Postings postings;

	private final PostingLayout layout;

	PublicPostings(Postings postings, PostingLayout layout) {
		this.postings = postings;
		this.layout = layout;
	}

	/** A posting seekers may read: live, or ended and marked as such. */
	Optional<PostingPage> page(long id) {
		return this.postings.findById(id).filter((posting) -> posting.status().isPublic()).map(this.layout::page);
	}

	@Transactional
	void countView(long id) {
		this.postings.countView(id);
	}

}
