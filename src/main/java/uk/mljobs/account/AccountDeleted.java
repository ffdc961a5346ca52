package uk.mljobs.account;

/**
 * Published inside the transaction that deletes an account, before the row goes, so that
 * features owning the account's data (postings) can close or detach it.
 */
public record AccountDeleted(long accountId, String email, AccountRole role) {

	public boolean seeker() {
		return this.role == AccountRole.SEEKER;
	}

}
