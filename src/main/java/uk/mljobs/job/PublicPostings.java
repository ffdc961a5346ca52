package uk.mljobs.job;

import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.account.SignedInUser;

/**
 * A posting's page as seekers read it, through the site or the API.
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

	/**
	 * Whether the signed-in account posted it: a recruiter reading their own posting is
	 * not a seeker, so it does not count.
	 */
	boolean postedBy(long id, SignedInUser user) {
		return user != null && this.postings.findById(id)
			.filter((posting) -> Objects.equals(posting.recruiterId(), user.id()))
			.isPresent();
	}

}
