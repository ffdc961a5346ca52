package uk.mljobs.moderation;

/**
 * What an admin did: a moderation decision, or a change to curated content.
 */
public enum DecisionAction {

	APPROVE("Approved"), REJECT("Rejected"), MERGE("Merged"), CREATE("Created"), EDIT("Edited"), DISABLE("Disabled"),
	ENABLE("Enabled"), RESET_LINK("Sent a password reset link"), VOUCH("Vouched for");

	private final String label;

	DecisionAction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
