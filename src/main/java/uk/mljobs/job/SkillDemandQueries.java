package uk.mljobs.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.roleguide.SkillDemand;

/** Skill demand straight from the live postings' skills arrays (V12). */
@Component
@Transactional(readOnly = true)
class SkillDemandQueries implements SkillDemand {

	private static final String LIVE = "p.status = 'PUBLISHED' AND p.closes_on >= :today AND p.role_id = :role";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	SkillDemandQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public long livePostings(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM posting p WHERE " + LIVE, params(roleId), Long.class);
	}

	@Override
	public Map<String, Long> postingsAsking(long roleId) {
		Map<String, Long> demand = new HashMap<>();
		this.jdbc.query("SELECT s, count(*) AS n FROM posting p CROSS JOIN LATERAL unnest(p.skills) AS s WHERE " + LIVE
				+ " GROUP BY s", params(roleId), (rs) -> {
					demand.put(rs.getString("s"), rs.getLong("n"));
				});
		return demand;
	}

	private MapSqlParameterSource params(long roleId) {
		return new MapSqlParameterSource("role", roleId).addValue("today",
				LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London"))));
	}

}
