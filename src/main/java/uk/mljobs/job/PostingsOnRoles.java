package uk.mljobs.job;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.market.RoleReferences;
import uk.mljobs.market.RoleUse;
import uk.mljobs.market.RoleView;

/**
 * Tells the market which roles and levels postings name: a live or queued posting keeps
 * its role's guide on the site, and any posting keeps its level.
 */
@Component
class PostingsOnRoles implements RoleReferences {

	private final JdbcTemplate jdbc;

	PostingsOnRoles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RoleUse use(RoleView role) {
		return this.jdbc.queryForObject("""
				SELECT count(*) FILTER (WHERE status = 'PUBLISHED'), count(*) FILTER (WHERE status = 'SUBMITTED')
				FROM posting WHERE role_id = ? AND status IN ('PUBLISHED', 'SUBMITTED')""",
				(rs, n) -> new RoleUse(rs.getInt(1), rs.getInt(2), 0), role.id());
	}

	@Override
	public Set<Long> levelsNamed(Collection<Long> levelIds) {
		return new HashSet<>(this.jdbc.queryForList("SELECT DISTINCT level_id FROM posting WHERE level_id = ANY (?)",
				Long.class, (Object) levelIds.toArray(Long[]::new)));
	}

}
