package uk.mljobs.company;

import java.time.Instant;

/**
 * A company as the admin pages show it: what the public sees, plus what editing needs.
 *
 * @param company the public view
 * @param version the version an edit must be based on
 * @param updatedAt when an admin last saved it
 */
public record AdminCompany(CompanyView company, int version, Instant updatedAt) {
}
