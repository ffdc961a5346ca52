package uk.mljobs.job;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;
import uk.mljobs.search.JobDocument;
import uk.mljobs.search.JobDocuments;

/**
 * Published postings as search engines index them, with their company's and tools' names
 * (the company and guide features' own) looked up once for each batch read.
 */
@Component
class SearchDocuments implements JobDocuments {

	/** Rows fetched at a time when every posting is read. */
	private static final int FETCH = 2_000;

	private static final String SELECT = """
			SELECT p.id, p.title, p.description_md, p.role_id, p.level_id, p.region_id, p.town_id, p.work_mode,
			       p.employment_type, p.pay_unit, p.pay_min_gbp, p.pay_max_gbp, p.ir35, p.clearance,
			       p.visa_sponsorship, p.company_id, p.skills, p.agency, p.published_at, p.closes_on,
			       ARRAY(SELECT pt.tool_id FROM posting_tool pt WHERE pt.posting_id = p.id ORDER BY pt.tool_id) AS tools
			FROM posting p
			WHERE p.status = 'PUBLISHED' AND p.duplicate_of IS NULL
			""";

	private final JdbcTemplate jdbc;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	SearchDocuments(JdbcTemplate jdbc, CompanyDirectory companies, RoleGuides guides) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.guides = guides;
	}

	/** Companies' and tools' names, read once for a batch of documents. */
	private record Names(Map<Long, String> companies, Map<Long, String> tools) {

		String tools(Long[] ids) {
			return Arrays.stream(ids).map(this.tools::get).filter(Objects::nonNull).collect(Collectors.joining(" "));
		}

	}

	private Names names() {
		return new Names(this.companies.names(),
				this.guides.catalogue().stream().collect(Collectors.toMap(ToolView::id, ToolView::name)));
	}

	@Override
	public List<JobDocument> published(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Names names = names();
		return this.jdbc.query(SELECT + " AND p.id = ANY (?)", (rs, n) -> document(rs, names),
				(Object) ids.toArray(Long[]::new));
	}

	@Override
	public void forEachPublished(Consumer<JobDocument> sink) {
		Names names = names();
		this.jdbc.query((connection) -> {
			var statement = connection.prepareStatement(SELECT + " ORDER BY p.id");
			statement.setFetchSize(FETCH);
			return statement;
		}, (ResultSet rs) -> {
			sink.accept(document(rs, names));
		});
	}

	private static JobDocument document(ResultSet rs, Names names) throws SQLException {
		Array skills = rs.getArray("skills");
		List<String> free = (skills != null) ? Arrays.asList((String[]) skills.getArray()) : List.of();
		// The tools' names, then the free skill tags: what a search for a skill matches.
		String skillsText = Stream.of(names.tools((Long[]) rs.getArray("tools").getArray()), String.join(" ", free))
			.filter((part) -> !part.isEmpty())
			.collect(Collectors.joining(" "));
		return new JobDocument(rs.getLong("id"), rs.getString("title"), skillsText,
				names.companies().get(rs.getLong("company_id")), rs.getString("description_md"), rs.getLong("role_id"),
				rs.getLong("level_id"), rs.getLong("region_id"), rs.getLong("town_id"), rs.getString("work_mode"),
				rs.getString("employment_type"), "DAY".equals(rs.getString("pay_unit")), rs.getInt("pay_min_gbp"),
				rs.getInt("pay_max_gbp"), rs.getString("ir35"), rs.getString("clearance"),
				rs.getBoolean("visa_sponsorship"), rs.getLong("company_id"), free, rs.getBoolean("agency"),
				rs.getTimestamp("published_at").toInstant(), rs.getObject("closes_on", java.time.LocalDate.class));
	}

}
