package uk.mljobs.moderation;

/**
 * What an admin's decision or change was about.
 */
public enum DecisionSubject {

	POSTING("Posting"), COMPANY("Company"), SECTOR("Sector"), TOWN("Town"), GUIDE("Role guide"),
	ACCOUNT("Recruiter account"), PHRASE("Scam phrase");

	private final String label;

	DecisionSubject(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
