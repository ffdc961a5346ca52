package uk.mljobs.account;

/**
 * An account as other features see it.
 *
 * @param companyId the listed company a recruiter works for; {@code null} while their
 * proposed company waits for an admin
 * @param companyProposalId the company they proposed at sign-up, if any
 */
public record AccountView(long id, String email, String name, AccountRole role, Long companyId, Long companyProposalId,
		boolean agency, boolean demo) {

	public boolean canPost() {
		return this.role == AccountRole.RECRUITER && this.companyId != null;
	}

}
