package uk.mljobs.company;

/**
 * Published in the rejecting transaction: the proposer is told, with the admin's reason.
 */
public record CompanyProposalRejected(long proposalId, String name, String reason) {
}
