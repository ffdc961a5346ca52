package uk.mljobs.company;

import java.time.Instant;

/**
 * A company a recruiter proposed.
 *
 * @param status PENDING, APPROVED, MERGED or REJECTED
 * @param companyId the listed company made from it or merged into, once decided
 */
public record CompanyProposalView(long id, String name, String website, String status, Long companyId,
		Instant createdAt) {

	public boolean pending() {
		return "PENDING".equals(this.status);
	}

}
