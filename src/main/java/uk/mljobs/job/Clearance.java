package uk.mljobs.job;

import uk.mljobs.shared.Choices;

/**
 * The UK security clearance a role needs.
 */
public enum Clearance {

	NONE("None"),

	BPSS("BPSS"),

	SC("SC (Security Check)"),

	CTC("CTC (Counter-Terrorist Check)"),

	DV("DV (Developed Vetting)");

	private final String label;

	Clearance(String label) {
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
