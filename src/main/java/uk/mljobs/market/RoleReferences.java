package uk.mljobs.market;

import java.util.Collection;
import java.util.Set;

/**
 * What a feature holds against the market's roles and levels: its rows that name them.
 * The market owns roles and levels but not the tables that point at them, so features
 * that keep such rows (postings, salary bands, job alerts) implement this, and the market
 * asks them all before it takes a guide off the site or removes a level.
 */
public interface RoleReferences {

	/**
	 * What this feature's rows hold on the role; its share of {@link RoleUse}, zero in
	 * what it does not keep.
	 */
	default RoleUse use(RoleView role) {
		return RoleUse.NONE;
	}

	/** The ids, among {@code levelIds}, that this feature's rows name. */
	default Set<Long> levelsNamed(Collection<Long> levelIds) {
		return Set.of();
	}

}
