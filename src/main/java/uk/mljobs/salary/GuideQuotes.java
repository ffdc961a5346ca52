package uk.mljobs.salary;

import java.util.Collection;
import java.util.List;

/**
 * Where a role's guide quotes pay figures in its own words: the FAQ answers, sections,
 * fact lists and the career ladder are prose or published figures an admin wrote, not
 * read from the bands, so a band edit leaves them as they were. The band editor lists
 * each passage quoting the figures it is about to change, with a link to edit it. The
 * role guide feature implements it; salary only asks (so the two stay free of a cycle).
 */
public interface GuideQuotes {

	/** The passages of the role's guide that quote any of {@code pounds}. */
	List<Quote> quoting(long roleId, Collection<Integer> pounds);

	/**
	 * @param part the guide part, as its editor names it ("Questions")
	 * @param where which passage ("How much does an MLOps engineer earn?")
	 * @param excerpt the words around the figure
	 * @param editPath where an admin edits it
	 */
	record Quote(String part, String where, String excerpt, String editPath) implements java.io.Serializable {
	}

}
