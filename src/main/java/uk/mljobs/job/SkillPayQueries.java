package uk.mljobs.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;
import uk.mljobs.salary.SkillPay;
import uk.mljobs.system.SiteProperties;

/**
 * Skills and pay straight from the postings' skills arrays (V12). A posting is live on a
 * day from the day it was published to its closing date, or the day it ended if sooner.
 * Sample postings count only in demo mode, as in advertised pay.
 */
@Component
@Transactional(readOnly = true)
class SkillPayQueries implements SkillPay {

	private static final String LIVE = "p.role_id = :role AND p.status = 'PUBLISHED' AND p.closes_on >= :today "
			+ "AND (:samples OR NOT p.sample)";

	private static final String MIDPOINT = "CASE WHEN p.pay_unit = 'YEAR' THEN (p.pay_min_gbp + p.pay_max_gbp) / 2.0 END";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	private final RoleGuides guides;

	private final boolean samples;

	SkillPayQueries(NamedParameterJdbcTemplate jdbc, Clock clock, RoleGuides guides, SiteProperties site) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.guides = guides;
		this.samples = site.demo().enabled();
	}

	@Override
	public Live live(long roleId) {
		MapSqlParameterSource params = params(roleId);
		long postings = this.jdbc.queryForObject("SELECT count(*) FROM posting p WHERE " + LIVE, params, Long.class);
		Map<String, String> names = new HashMap<>();
		for (ToolView tool : this.guides.catalogue()) {
			names.put(tool.slug(), tool.name());
		}
		// Overall, and level by level (GROUPING SETS), for the skills and tools the
		// catalogue names; free-text tags are left out.
		Map<String, long[]> counts = new HashMap<>();
		Map<String, Double[]> medians = new HashMap<>();
		Map<String, List<LevelPay>> levels = new HashMap<>();
		this.jdbc.query("WITH live AS (SELECT p.level_id, p.skills, " + MIDPOINT + " AS mid FROM posting p WHERE "
				+ LIVE + "), skill AS (SELECT DISTINCT unnest(skills) AS slug FROM live) "
				+ "SELECT skill.slug, CASE WHEN GROUPING(live.level_id) = 0 THEN live.level_id END AS level_id, "
				+ "count(*) FILTER (WHERE skill.slug = ANY (live.skills)) AS asking, "
				+ "count(live.mid) FILTER (WHERE skill.slug = ANY (live.skills)) AS paid_with, "
				+ "percentile_cont(0.5) WITHIN GROUP (ORDER BY live.mid) "
				+ "FILTER (WHERE skill.slug = ANY (live.skills)) AS median_with, "
				+ "count(live.mid) FILTER (WHERE NOT skill.slug = ANY (live.skills)) AS paid_without, "
				+ "percentile_cont(0.5) WITHIN GROUP (ORDER BY live.mid) "
				+ "FILTER (WHERE NOT skill.slug = ANY (live.skills)) AS median_without "
				+ "FROM skill CROSS JOIN live GROUP BY GROUPING SETS ((skill.slug), (skill.slug, live.level_id))",
				params, (rs) -> {
					String slug = rs.getString("slug");
					if (!names.containsKey(slug)) {
						return;
					}
					Long level = rs.getObject("level_id", Long.class);
					Double with = rs.getObject("median_with", Double.class);
					Double without = rs.getObject("median_without", Double.class);
					if (level == null) {
						counts.put(slug, new long[] { rs.getLong("asking"), rs.getLong("paid_with"),
								rs.getLong("paid_without") });
						medians.put(slug, new Double[] { with, without });
					}
					else {
						levels.computeIfAbsent(slug, (key) -> new ArrayList<>())
							.add(new LevelPay(level, rs.getLong("paid_with"), with, rs.getLong("paid_without"),
									without));
					}
				});
		Map<String, SkillRow> skills = new HashMap<>();
		counts.forEach((slug, n) -> skills.put(slug, new SkillRow(n[0], n[1], medians.get(slug)[0], n[2],
				medians.get(slug)[1], List.copyOf(levels.getOrDefault(slug, List.of())))));
		return new Live(postings, skills, names);
	}

	@Override
	public List<Snapshot> snapshots(long roleId, int months) {
		Map<Integer, Long> postings = new HashMap<>();
		Map<Integer, Map<String, Long>> asking = new HashMap<>();
		this.jdbc.query("""
				WITH day AS (
				  SELECT m, (CAST(:today AS date) - make_interval(months => m))::date AS day
				  FROM generate_series(0, :months - 1) AS m),
				live AS (
				  SELECT day.m, p.skills FROM day JOIN posting p ON p.role_id = :role
				    AND p.published_at IS NOT NULL
				    AND (p.published_at AT TIME ZONE 'Europe/London')::date <= day.day
				    AND p.closes_on >= day.day
				    AND (p.ended_at IS NULL OR (p.ended_at AT TIME ZONE 'Europe/London')::date > day.day)
				    AND p.status IN ('PUBLISHED', 'EXPIRED', 'CLOSED', 'FILLED')
				    AND (:samples OR NOT p.sample))
				SELECT m, NULL AS slug, count(*) AS n FROM live GROUP BY m
				UNION ALL
				SELECT m, s, count(*) FROM live CROSS JOIN LATERAL unnest(live.skills) AS s GROUP BY m, s""",
				params(roleId).addValue("months", months), (rs) -> {
					int m = rs.getInt("m");
					String slug = rs.getString("slug");
					if (slug == null) {
						postings.put(m, rs.getLong("n"));
					}
					else {
						asking.computeIfAbsent(m, (key) -> new HashMap<>()).put(slug, rs.getLong("n"));
					}
				});
		List<Snapshot> snapshots = new ArrayList<>();
		for (int m = 0; m < months; m++) {
			snapshots.add(new Snapshot(m, postings.getOrDefault(m, 0L), asking.getOrDefault(m, Map.of())));
		}
		return snapshots;
	}

	private MapSqlParameterSource params(long roleId) {
		return new MapSqlParameterSource("role", roleId)
			.addValue("today", LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London"))))
			.addValue("samples", this.samples);
	}

}
