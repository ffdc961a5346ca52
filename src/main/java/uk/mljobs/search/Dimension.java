package uk.mljobs.search;

/**
 * What a search can filter on and count by. Values are strings: ids in decimal, enum
 * constants by name, {@code true} or {@code false}, skill slugs, and for
 * {@link #POSTED_WITHIN} a number of days.
 */
public enum Dimension {

	ROLE, LEVEL, REGION, TOWN, WORK_MODE, TYPE, IR35, CLEARANCE, VISA, POSTED_WITHIN, COMPANY, SKILL, AGENCY;

	/** The windows of {@link #POSTED_WITHIN}, in days. */
	public static final int[] WINDOWS = { 1, 3, 7, 30 };

	/** Whether a posting can hold several values (the others hold one, or none). */
	public boolean multiValued() {
		return this == SKILL;
	}

	/** Counted from the publication time rather than read off the posting. */
	public boolean derived() {
		return this == POSTED_WITHIN;
	}

}
