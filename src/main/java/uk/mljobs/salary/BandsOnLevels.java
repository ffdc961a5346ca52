package uk.mljobs.salary;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.market.RoleReferences;

/** Tells the market which levels salary bands name, so those levels stay. */
@Component
class BandsOnLevels implements RoleReferences {

	private final JdbcTemplate jdbc;

	BandsOnLevels(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> levelsNamed(Collection<Long> levelIds) {
		return new HashSet<>(
				this.jdbc.queryForList("SELECT DISTINCT level_id FROM salary_band WHERE level_id = ANY (?)", Long.class,
						(Object) levelIds.toArray(Long[]::new)));
	}

}
