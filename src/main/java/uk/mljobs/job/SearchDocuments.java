package uk.mljobs.job;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.search.JobDocument;
import uk.mljobs.search.JobDocuments;

/**
 * Published postings as search engines index them, read with their company's name and
 * their tools' names in one query.
 */
@Component
class SearchDocuments implements JobDocuments {

	/** Rows fetched at a time when every posting is read. */
	private static final int FETCH = 2_000;

	private static final String SELECT = """
			SELECT p.id, p.title, c.name AS company, p.description_md, p.role_id, p.level_id, p.region_id,
			       p.town_id, p.work_mode, p.employment_type, p.pay_unit, p.pay_min_gbp, p.pay_max_gbp, p.ir35,
			       p.clearance, p.visa_sponsorship, p.company_id, p.skills, p.agency, p.published_at, p.closes_on,
			       concat_ws(' ', (SELECT string_agg(t.name, ' ') FROM posting_tool pt JOIN tool t ON t.id = pt.tool_id
			                       WHERE pt.posting_id = p.id), array_to_string(p.skills, ' ')) AS skills_text
			FROM posting p JOIN company c ON c.id = p.company_id
			WHERE p.status = 'PUBLISHED' AND p.duplicate_of IS NULL
			""";

	private final JdbcTemplate jdbc;

	SearchDocuments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<JobDocument> published(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(SELECT + " AND p.id = ANY (?)", (rs, n) -> document(rs),
				(Object) ids.toArray(Long[]::new));
	}

	@Override
	public void forEachPublished(Consumer<JobDocument> sink) {
		this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(SELECT + " ORDER BY p.id");
			statement.setFetchSize(FETCH);
			return statement;
		}, (ResultSet rs) -> {
			sink.accept(document(rs));
		});
	}

	private static JobDocument document(ResultSet rs) throws SQLException {
		Array skills = rs.getArray("skills");
		return new JobDocument(rs.getLong("id"), rs.getString("title"), rs.getString("skills_text"),
				rs.getString("company"), rs.getString("description_md"), rs.getLong("role_id"), rs.getLong("level_id"),
				rs.getLong("region_id"), rs.getLong("town_id"), rs.getString("work_mode"),
				rs.getString("employment_type"), "DAY".equals(rs.getString("pay_unit")), rs.getInt("pay_min_gbp"),
				rs.getInt("pay_max_gbp"), rs.getString("ir35"), rs.getString("clearance"),
				rs.getBoolean("visa_sponsorship"), rs.getLong("company_id"),
				(skills != null) ? Arrays.asList((String[]) skills.getArray()) : List.of(), rs.getBoolean("agency"),
				rs.getTimestamp("published_at").toInstant(), rs.getObject("closes_on", java.time.LocalDate.class));
	}

}
