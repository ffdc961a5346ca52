package uk.mljobs.job;

import java.util.Locale;

/**
 * Where a posting is in its life: written, reviewed, live, and ended one way or another.
 */
public enum PostingStatus {

	DRAFT("Draft"),

	SUBMITTED("Pending review"),

	PUBLISHED("Published"),

	REJECTED("Rejected"),

	EXPIRED("Expired"),

	CLOSED("Closed"),

	FILLED("Filled");

	private final String label;

	PostingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The value as it appears in URLs and query parameters. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Seekers can read it (live or ended); drafts, pending and rejected ones are private.
	 */
	public boolean isPublic() {
		return this == PUBLISHED || isEnded();
	}

	public boolean isEnded() {
		return this == EXPIRED || this == CLOSED || this == FILLED;
	}

}
