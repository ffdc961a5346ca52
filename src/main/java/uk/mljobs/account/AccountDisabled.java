package uk.mljobs.account;

/**
 * An admin disabled a recruiter's account. Published in the transaction that disables it,
 * so features holding the account's postings end them in the same commit.
 */
public record AccountDisabled(long accountId) {
}
