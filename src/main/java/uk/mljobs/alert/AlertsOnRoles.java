package uk.mljobs.alert;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.market.RoleReferences;
import uk.mljobs.market.RoleUse;
import uk.mljobs.market.RoleView;

/**
 * Tells the market how many confirmed alerts filter on a role, for the page that asks
 * before a guide is taken off the site.
 */
@Component
class AlertsOnRoles implements RoleReferences {

	private final JdbcTemplate jdbc;

	AlertsOnRoles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public RoleUse use(RoleView role) {
		Integer alerts = this.jdbc.queryForObject("""
				SELECT count(*) FROM job_alert WHERE confirmed_at IS NOT NULL
				  AND query ~ ('(^|&)role=' || ? || '(&|$)')""", Integer.class, role.slug());
		return new RoleUse(0, 0, (alerts != null) ? alerts : 0);
	}

}
