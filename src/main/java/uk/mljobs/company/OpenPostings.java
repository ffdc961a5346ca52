package uk.mljobs.company;

import java.util.List;

import uk.mljobs.shared.PostingCard;

/**
 * A company's live postings, for its page. The job feature implements it; company only
 * asks (so the two stay free of a cycle).
 */
public interface OpenPostings {

	/** The company's newest live postings, at most {@code limit}. */
	List<PostingCard> atCompany(long companyId, int limit);

}
