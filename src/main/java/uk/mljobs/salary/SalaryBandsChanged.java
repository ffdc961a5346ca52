package uk.mljobs.salary;

/**
 * An admin created, edited, reviewed or retired a salary band: pages that show bands are
 * out of date once the transaction commits.
 */
public record SalaryBandsChanged(long bandId) {
}
