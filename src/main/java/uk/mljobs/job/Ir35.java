package uk.mljobs.job;

import uk.mljobs.shared.Choices;

/**
 * A contract's IR35 status, which decides how the contractor is taxed.
 */
public enum Ir35 {

	INSIDE("Inside IR35"),

	OUTSIDE("Outside IR35"),

	UNDETERMINED("IR35 not yet determined");

	private final String label;

	Ir35(String label) {
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
