package uk.mljobs.roleguide;

import java.util.Map;

/**
 * What live postings ask for, for the skills check. The job feature implements it; role
 * guides only ask (so the two stay free of a cycle).
 */
public interface SkillDemand {

	/** How many of the role's live postings there are. */
	long livePostings(long roleId);

	/** For each skill or tool slug, how many of the role's live postings ask for it. */
	Map<String, Long> postingsAsking(long roleId);

}
