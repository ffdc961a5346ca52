package uk.mljobs.account;

/**
 * An account as other features see it.
 *
 * @param companyId the listed company a recruiter works for; {@code null} while their
 * proposed company waits for an admin
 * @param companyProposalId the company they proposed at sign-up, if any
 * @param emailVerified whether the owner has opened the link mailed to the address
 * @param employerConfirmed whether they may post for their company: their confirmed
 * address is on one of its verified domains, or an admin vouched for them
 * @param createdAt when the account was made
 */
public record AccountView(long id, String email, String name, AccountRole role, Long companyId, Long companyProposalId,
		boolean agency, boolean demo, boolean emailVerified, boolean employerConfirmed, java.time.Instant createdAt) {

	/** Whether the recruiter may write postings: their company is listed. */
	public boolean canPost() {
		return this.role == AccountRole.RECRUITER && this.companyId != null;
	}

	/**
	 * Whether their postings may go to review: they may post, the address is theirs, and
	 * they are on the company's domain or vouched for.
	 */
	public boolean canSubmit() {
		return canPost() && this.emailVerified && this.employerConfirmed;
	}

}
