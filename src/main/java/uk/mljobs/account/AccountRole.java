package uk.mljobs.account;

/**
 * What an account may do: recruiters post openings, admins curate and moderate.
 */
public enum AccountRole {

	RECRUITER, ADMIN;

	String authority() {
		return "ROLE_" + name();
	}

}
