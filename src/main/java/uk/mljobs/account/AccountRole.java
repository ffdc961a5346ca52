package uk.mljobs.account;

/**
 * What an account may do: recruiters post openings, admins curate and moderate, seekers
 * keep track of jobs. An account has one role: a seeker is never a recruiter.
 */
public enum AccountRole {

	RECRUITER, ADMIN, SEEKER;

	String authority() {
		return "ROLE_" + name();
	}

}
