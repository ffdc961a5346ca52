package uk.mljobs.job;

import java.util.Set;

/**
 * The postings a signed-in person asked never to see again; the seeker feature keeps
 * them.
 */
public interface HiddenPostings {

	/** The ids hidden by this account, none when it has hidden none. */
	Set<Long> hiddenBy(long accountId);

}
