package uk.mljobs.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the activity page needs to know of postings, which the job feature owns and
 * implements: whose a posting is, and which others are like it.
 */
public interface ReportedPostings {

	/** The posting, if it is the recruiter's own; else empty, as for an unknown id. */
	Optional<ReportedPosting> owned(long postingId, long recruiterId);

	/**
	 * Other employers' postings for the same role and level that were live at some point
	 * from {@code from} to {@code to}: never the recruiter's own or their company's, and
	 * none at all when they come from fewer than three employers.
	 */
	List<Long> comparable(long postingId, LocalDate from, LocalDate to);

	/**
	 * A posting as its activity page names it.
	 *
	 * @param path its public page
	 * @param role the role's title
	 * @param level the level's title
	 * @param publishedOn the UK day it first went live; null while it never has
	 */
	record ReportedPosting(long id, String title, String path, String role, String level, LocalDate publishedOn) {

	}

}
