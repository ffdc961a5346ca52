package uk.mljobs.job;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.job.PostingContent.PayUnit;

/**
 * Result lines read straight from the posting row, with names from a {@link Vocabulary}
 * instead of joins: what every list of live postings shows.
 */
@Component
class PostingRows {

	/** What a result line shows. */
	static final String SUMMARY_COLUMNS = "p.id, p.title, p.company_id, p.town_id, p.region_id, p.work_mode, "
			+ "p.employment_type, p.ir35, p.pay_unit, p.pay_min_gbp, p.pay_max_gbp, p.closes_on, p.sample, "
			+ "p.submitted_at, p.published_at, p.agency, p.recruiter_id, p.source_id, "
			+ "(SELECT count(*) FROM posting c WHERE c.duplicate_of = p.id AND c.status = 'PUBLISHED') AS copies";

	private final NamedParameterJdbcTemplate jdbc;

	private final VerifiedEmployers verified;

	PostingRows(NamedParameterJdbcTemplate jdbc, VerifiedEmployers verified) {
		this.jdbc = jdbc;
		this.verified = verified;
	}

	/**
	 * The result lines a query selects, in its order.
	 * @param sql a query selecting {@link #SUMMARY_COLUMNS} from {@code posting p}
	 */
	List<PostingSummary> summaries(String sql, MapSqlParameterSource params, Vocabulary words, LocalDate today) {
		record Line(PostingSummary summary, VerifiedEmployers.Advertiser advertiser) {
		}
		List<Line> lines = this.jdbc.query(sql, params, (rs, n) -> {
			long id = rs.getLong("id");
			String title = rs.getString("title");
			LocalDate closesOn = rs.getObject("closes_on", LocalDate.class);
			Timestamp submitted = rs.getTimestamp("submitted_at");
			PostingSummary summary = new PostingSummary(id, title, PostingLayout.path(id, title),
					words.companyNames().getOrDefault(rs.getLong("company_id"), "Unlisted company"),
					words.towns().get(rs.getLong("town_id")).name(),
					words.regions().get(rs.getLong("region_id")).name(), WorkMode.valueOf(rs.getString("work_mode")),
					EmploymentType.valueOf(rs.getString("employment_type")),
					PostingPay.of(PayUnit.valueOf(rs.getString("pay_unit")), rs.getInt("pay_min_gbp"),
							rs.getInt("pay_max_gbp")),
					PostingStatus.PUBLISHED, null, closesOn, Math.max(0, ChronoUnit.DAYS.between(today, closesOn)),
					rs.getBoolean("sample"), (submitted != null) ? submitted.toInstant() : null,
					rs.getTimestamp("published_at").toInstant(), rs.getBoolean("agency"), false,
					PostingSummary.openDays(PostingStatus.PUBLISHED, rs.getTimestamp("published_at").toInstant(),
							today),
					rs.getInt("copies"), (rs.getString("ir35") != null) ? Ir35.valueOf(rs.getString("ir35")) : null,
					words.companyLogos().get(rs.getLong("company_id")));
			return new Line(summary, new VerifiedEmployers.Advertiser(rs.getObject("recruiter_id", Long.class),
					rs.getLong("company_id"), rs.getBoolean("agency"), rs.getObject("source_id") != null));
		});
		Set<VerifiedEmployers.Advertiser> verified = this.verified.among(lines.stream().map(Line::advertiser).toList());
		return lines.stream()
			.map((line) -> verified.contains(line.advertiser()) ? line.summary().asVerifiedEmployer() : line.summary())
			.toList();
	}

	/** Newest live postings of a company or a role, for their pages. */
	List<PostingSummary> newest(Long companyId, Long roleId, int limit, Vocabulary words, LocalDate today) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("limit", limit);
		StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS
				+ " FROM posting p WHERE p.status = 'PUBLISHED' AND p.duplicate_of IS NULL AND p.closes_on >= :today");
		if (companyId != null) {
			sql.append(" AND p.company_id = :company");
			params.addValue("company", companyId);
		}
		if (roleId != null) {
			sql.append(" AND p.role_id = :role");
			params.addValue("role", roleId);
		}
		sql.append(" ORDER BY p.published_at DESC, p.id DESC LIMIT :limit");
		return summaries(sql.toString(), params, words, today);
	}

	/** How many postings are live: for the sitemap's paging. */
	long liveCount(LocalDate today) {
		return this.jdbc.queryForObject(
				"SELECT count(*) FROM posting p WHERE p.status = 'PUBLISHED' AND p.closes_on >= :today",
				new MapSqlParameterSource("today", today), Long.class);
	}

	/** One page of the live postings in the order they were made, from page 1. */
	List<PostingSummary> livePage(int page, int size, Vocabulary words, LocalDate today) {
		MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("limit", size)
			.addValue("offset", (long) (page - 1) * size);
		return summaries("SELECT " + SUMMARY_COLUMNS + " FROM posting p WHERE p.status = 'PUBLISHED' "
				+ "AND p.closes_on >= :today ORDER BY p.id LIMIT :limit OFFSET :offset", params, words, today);
	}

	/**
	 * The live postings among {@code ids}, in the order of {@code ids}: one that closed
	 * since the ids were chosen drops out.
	 */
	List<PostingSummary> live(List<Long> ids, Vocabulary words, LocalDate today) {
		if (ids.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, Integer> place = new java.util.HashMap<>();
		for (int i = 0; i < ids.size(); i++) {
			place.put(ids.get(i), i);
		}
		MapSqlParameterSource params = new MapSqlParameterSource("today", today).addValue("ids", ids);
		return summaries(
				"SELECT " + SUMMARY_COLUMNS
						+ " FROM posting p WHERE p.id IN (:ids) AND p.status = 'PUBLISHED' AND p.closes_on >= :today",
				params, words, today)
			.stream()
			.sorted(java.util.Comparator.comparing((PostingSummary item) -> place.get(item.id())))
			.toList();
	}

}
