package uk.mljobs.job;

import uk.mljobs.shared.Choices;

/**
 * Where the work happens.
 */
public enum WorkMode {

	ON_SITE("On-site"),

	HYBRID("Hybrid"),

	REMOTE("Remote");

	private final String label;

	WorkMode(String label) {
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
