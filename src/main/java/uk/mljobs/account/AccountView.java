package uk.mljobs.account;

/**
 * An account as other features see it.
 *
 * @param companyId the listed company a recruiter works for; {@code null} while their
 * proposed company waits for an admin
 * @param companyProposalId the company they proposed at sign-up, if any
 * @param emailVerified whether the owner has opened the link mailed to the address
 * @param createdAt when the account was made
 */
public record AccountView(long id, String email, String name, AccountRole role, Long companyId, Long companyProposalId,
		boolean agency, boolean demo, boolean emailVerified, java.time.Instant createdAt) {

	/** Whether the recruiter may write postings: their company is listed. */
	public boolean canPost() {
		return this.role == AccountRole.RECRUITER && this.companyId != null;
	}

	/**
	 * Whether their postings may go to review: they may post, and the address is theirs.
	 */
	public boolean canSubmit() {
		return canPost() && this.emailVerified;
	}

}
