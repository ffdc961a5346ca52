package uk.mljobs.salary;

import java.time.Instant;

import uk.mljobs.market.LevelView;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;

/**
 * A salary band as the admin pages show it.
 *
 * @param version the optimistic-locking version an edit must be based on
 * @param retiredAt when it was retired, or null while it is live
 */
public record AdminBand(long id, int version, RoleView role, LevelView level, RegionView region, BandFigures figures,
		Instant reviewedAt, Instant retiredAt) {

	/**
	 * What the band covers, such as "Senior MLOps Engineer, London" (level titles name
	 * their role).
	 */
	public String label() {
		return this.level.title() + ", " + this.region.name();
	}

	public boolean retired() {
		return this.retiredAt != null;
	}

}
