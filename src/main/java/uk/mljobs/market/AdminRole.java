package uk.mljobs.market;

import java.time.Instant;

/**
 * A role as the guide editor sees it: the public view, plus what editing needs.
 *
 * @param role the public view
 * @param version the version the next save of any part of the guide must be based on
 * @param updatedAt when an admin last saved any part of the guide
 * @param publishedAt when the guide went public, or {@code null} for a draft
 */
public record AdminRole(RoleView role, int version, Instant updatedAt, Instant publishedAt) {

	public boolean published() {
		return this.publishedAt != null;
	}

}
