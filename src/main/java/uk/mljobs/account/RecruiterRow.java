package uk.mljobs.account;

import java.time.Instant;

/**
 * A recruiter as the admin users page lists them.
 *
 * @param company the listed company's name, or null while a proposed one waits
 * @param emailVerified whether the recruiter has confirmed their address
 */
public record RecruiterRow(long id, String name, String email, String company, boolean agency, boolean enabled,
		boolean demo, Instant joined, boolean emailVerified) {
}
