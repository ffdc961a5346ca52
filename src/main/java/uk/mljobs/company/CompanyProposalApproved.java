package uk.mljobs.company;

/**
 * Published in the approving transaction: whoever proposed the company now works for it.
 */
public record CompanyProposalApproved(long proposalId, long companyId) {
}
