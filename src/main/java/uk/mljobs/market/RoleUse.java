package uk.mljobs.market;

/**
 * What on the site still leans on a role, as unpublishing its guide must weigh it.
 *
 * @param live postings of the role seekers can apply to now
 * @param inReview postings of the role waiting for a moderator
 * @param alerts confirmed job alerts whose search filters on the role
 */
public record RoleUse(int live, int inReview, int alerts) {

	/** Nothing leans on the role. */
	public static final RoleUse NONE = new RoleUse(0, 0, 0);

	/**
	 * Whether postings need the role: a live or queued posting's page, search card and
	 * pay figures all name it, so its guide stays published until they end.
	 */
	public boolean holdsPostings() {
		return this.live > 0 || this.inReview > 0;
	}

	/** Both together: what several features hold, added up. */
	public RoleUse plus(RoleUse other) {
		return new RoleUse(this.live + other.live, this.inReview + other.inReview, this.alerts + other.alerts);
	}

}
