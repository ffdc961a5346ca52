package uk.mljobs.job;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.salary.AdvertisedPay;
import uk.mljobs.salary.PayStatistics;
import uk.mljobs.system.SiteProperties;
import uk.mljobs.shared.UkTime;

/**
 * Advertised pay for the salary pages, straight from the posting rows. A posting counts
 * once, at the middle of its range, while it is live and for as long after it ends as the
 * window reaches. Sample postings count only in demo mode, where they are all there is.
 */
@Component
@Transactional(readOnly = true)
class AdvertisedPayQueries implements AdvertisedPay {

	private static final String MIDPOINT = "(p.pay_min_gbp + p.pay_max_gbp) / 2.0";

	private static final String IN_WINDOW = "p.published_at IS NOT NULL AND (p.status = 'PUBLISHED' OR "
			+ "(p.status IN ('EXPIRED', 'CLOSED', 'FILLED') AND p.ended_at >= :since)) AND (:samples OR NOT p.sample) "
			+ "AND p.duplicate_of IS NULL";

	private final NamedParameterJdbcTemplate jdbc;

	private final boolean samples;

	AdvertisedPayQueries(NamedParameterJdbcTemplate jdbc, SiteProperties site) {
		this.jdbc = jdbc;
		this.samples = site.demo().enabled();
	}

	@Override
	public java.util.Map<Long, Provenance> provenance(Instant since) {
		java.util.Map<Long, Provenance> counts = new java.util.HashMap<>();
		this.jdbc.query("SELECT p.role_id, count(*), count(p.source_id) FROM posting p WHERE " + IN_WINDOW
				+ " GROUP BY p.role_id", window(since), (java.sql.ResultSet rs) -> {
					counts.put(rs.getLong(1), new Provenance(rs.getLong(2), rs.getLong(3)));
				});
		return counts;
	}

	@Override
	public List<PayStatistics> statistics(Instant since) {
		// Per level, and all levels together (level null), for salaries and day rates
		// alike.
		String sql = "SELECT p.role_id, CASE WHEN GROUPING(p.level_id) = 0 THEN p.level_id END AS level_id, "
				+ "p.region_id, p.pay_unit, count(*) AS n, percentile_cont(ARRAY[0.1, 0.25, 0.5, 0.75, 0.9]) "
				+ "WITHIN GROUP (ORDER BY " + MIDPOINT + ") AS p FROM posting p WHERE " + IN_WINDOW
				+ " GROUP BY GROUPING SETS ((p.role_id, p.level_id, p.region_id, p.pay_unit), "
				+ "(p.role_id, p.region_id, p.pay_unit))";
		List<PayStatistics> rows = this.jdbc.query(sql, window(since), (rs, n) -> {
			double[] p = doubles(rs.getArray("p"));
			Long level = rs.getObject("level_id", Long.class);
			return new PayStatistics(rs.getLong("role_id"), level, rs.getLong("region_id"),
					PayStatistics.Unit.valueOf(rs.getString("pay_unit")), rs.getLong("n"), p[0], p[1], p[2], p[3],
					p[4]);
		});
		return rows;
	}

	@Override
	public List<MonthlyMedian> monthlyMedians(long roleId, PayStatistics.Unit unit, Instant since) {
		String sql = "SELECT date_trunc('month', p.published_at AT TIME ZONE :zone)::date AS month, "
				+ "count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY " + MIDPOINT + ") AS median "
				+ "FROM posting p WHERE p.role_id = :role AND p.pay_unit = :unit AND p.published_at >= :since AND "
				+ IN_WINDOW + " GROUP BY 1 ORDER BY 1";
		return this.jdbc.query(sql,
				window(since).addValue("role", roleId).addValue("unit", unit.name()).addValue("zone", UkTime.ZONE_ID),
				(rs, n) -> new MonthlyMedian(rs.getObject("month", LocalDate.class), rs.getLong("n"),
						rs.getDouble("median")));
	}

	private MapSqlParameterSource window(Instant since) {
		return new MapSqlParameterSource("since", Timestamp.from(since)).addValue("samples", this.samples);
	}

	private static double[] doubles(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		double[] doubles = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			doubles[i] = ((Number) values[i]).doubleValue();
		}
		return doubles;
	}

}
