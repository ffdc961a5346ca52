package uk.mljobs.roleguide;

import java.util.List;

import uk.mljobs.shared.PostingCard;

/**
 * A role's live postings, for its guide. The job feature implements it; the guide only
 * asks (so the two stay free of a cycle).
 */
public interface RolePostings {

	/** The role's newest live postings, at most {@code limit}. */
	List<PostingCard> newest(long roleId, int limit);

}
