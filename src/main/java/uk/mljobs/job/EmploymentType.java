package uk.mljobs.job;

import uk.mljobs.shared.Choices;

/**
 * The kind of engagement; contracts are paid by the day.
 */
public enum EmploymentType {

	PERMANENT_FULL_TIME("Permanent, full-time"),

	PERMANENT_PART_TIME("Permanent, part-time"),

	CONTRACT("Contract"),

	FIXED_TERM("Fixed-term");

	private final String label;

	EmploymentType(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The value as it appears in URLs and query parameters. */
	public String slug() {
		return Choices.slug(this);
	}

}
