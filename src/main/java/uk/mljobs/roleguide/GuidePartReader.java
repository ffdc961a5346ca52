package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.mljobs.company.GuideCompanies;

/**
 * Reads a guide's parts as the editor shows them: one {@link GuideRow} per level,
 * section, fact, category, question and so on, and how many of each the guide holds.
 */
@Component
class GuidePartReader {

	private final JdbcTemplate jdbc;

	private final GuideCompanies companies;

	GuidePartReader(JdbcTemplate jdbc, GuideCompanies companies) {
		this.jdbc = jdbc;
		this.companies = companies;
	}

	/** Counts of what each part of the guide holds, for the guide's admin page. */
	Map<GuidePart, Integer> sizes(long roleId) {
		Map<GuidePart, Integer> sizes = new EnumMap<>(GuidePart.class);
		sizes.put(GuidePart.LEVELS, count("SELECT count(*) FROM level WHERE role_id = ?", roleId));
		sizes.put(GuidePart.SECTIONS, count("SELECT count(*) FROM guide_section WHERE role_id = ?", roleId));
		sizes.put(GuidePart.FACTS, count("SELECT count(*) FROM role_fact WHERE role_id = ?", roleId));
		sizes.put(GuidePart.STACK, count("SELECT count(*) FROM tool_category WHERE role_id = ?", roleId));
		sizes.put(GuidePart.SKILLS, count("SELECT count(*) FROM role_skill WHERE role_id = ?", roleId));
		sizes.put(GuidePart.STAGES, count("SELECT count(*) FROM career_stage WHERE role_id = ?", roleId));
		sizes.put(GuidePart.FAQ, count("SELECT count(*) FROM faq WHERE role_id = ?", roleId));
		sizes.put(GuidePart.GAPS, count("SELECT count(*) FROM skill_gap WHERE role_id = ?", roleId));
		sizes.put(GuidePart.LOCATIONS, this.companies.locationIds(roleId).size());
		sizes.put(GuidePart.SECTORS, this.companies.profileIds(roleId).size());
		sizes.put(GuidePart.COMPANIES, this.companies.hiring(roleId).size());
		sizes.put(GuidePart.PAY, count("SELECT (SELECT count(*) FROM market_salary WHERE role_id = ?) "
				+ "+ (SELECT count(*) FROM day_rate WHERE role_id = ?)", roleId, roleId));
		return sizes;
	}

	/** The part's rows as the editor shows them. */
	List<GuideRow> rows(GuidePart part, long roleId) {
		List<GuideRow> rows = switch (part) {
			case LEVELS ->
				this.jdbc.query(
						"""
								SELECT id, title, experience_min_years, experience_max_years FROM level
								WHERE role_id = ? ORDER BY position""", (rs, n) -> row(rs.getLong(1), n, "",
								rs.getString(2), "", "", text(rs.getObject(3)), text(rs.getObject(4)), "", "", ""),
						roleId);
			case SECTIONS -> this.jdbc.query("""
					SELECT id, topic, heading, body FROM guide_section WHERE role_id = ? ORDER BY position""",
					(rs, n) -> row(rs.getLong(1), n, rs.getString(2), rs.getString(3), rs.getString(4), "", "", "", "",
							"", ""),
					roleId);
			case FACTS -> this.jdbc.query("""
					SELECT id, kind, text, detail FROM role_fact WHERE role_id = ? ORDER BY kind, position""",
					(rs, n) -> row(rs.getLong(1), n, rs.getString(2), rs.getString(3), "", text(rs.getString(4)), "",
							"", "", "", ""),
					roleId);
			case STACK -> stackRows(roleId);
			case SKILLS -> this.jdbc.query("""
					SELECT s.tool_id, s.kind, t.name FROM role_skill s JOIN tool t ON t.id = s.tool_id
					WHERE s.role_id = ? ORDER BY s.kind, s.position""",
					(rs, n) -> row(rs.getLong(1), n, rs.getString(2), rs.getString(3), "", "", "", "", "", "", ""),
					roleId);
			case STAGES -> this.jdbc.query("""
					SELECT id, title, years_min, years_max, pay_min_gbp, pay_max_gbp, pay_open_ended, summary
					FROM career_stage WHERE role_id = ? ORDER BY position""",
					(rs, n) -> row(rs.getLong(1), n, "", rs.getString(2), text(rs.getString(8)), "",
							text(rs.getObject(3)), text(rs.getObject(4)), text(rs.getObject(5)), text(rs.getObject(6)),
							String.valueOf(rs.getBoolean(7))),
					roleId);
			case FAQ -> this.jdbc.query("SELECT id, question, answer FROM faq WHERE role_id = ? ORDER BY position",
					(rs, n) -> row(rs.getLong(1), n, "", rs.getString(2), rs.getString(3), "", "", "", "", "", ""),
					roleId);
			case GAPS -> this.jdbc.query("""
					SELECT id, skill, demand_pct, supply_pct, why FROM skill_gap WHERE role_id = ? ORDER BY position""",
					(rs, n) -> row(rs.getLong(1), n, "", rs.getString(2), rs.getString(5), "", text(rs.getObject(3)),
							text(rs.getObject(4)), "", "", ""),
					roleId);
			case LOCATIONS -> numbered(this.companies.locations(roleId), (location, n) -> row(location.id(), n, "",
					location.name(), location.why(), "", "", "", "", "", ""));
			case SECTORS -> numbered(this.companies.profiles(roleId),
					(profile, n) -> new GuideRow(String.valueOf(profile.id()), String.valueOf(n + 1), "", "",
							profile.name(), profile.body(), profile.headline(), "", "", "", "", "",
							String.join("\n", profile.employers()), List.of()));
			case COMPANIES -> numbered(this.companies.hiring(roleId), (slug, n) -> new GuideRow("",
					String.valueOf(n + 1), "", slug, "", "", "", "", "", "", "", "", "", List.of()));
			case PAY -> this.jdbc.query("""
					SELECT 'SALARY' AS kind, s.id, r.slug, s.range_min_gbp, s.range_max_gbp, s.median_gbp, s.source,
					       s.as_of_year
					FROM market_salary s LEFT JOIN region r ON r.id = s.region_id WHERE s.role_id = ?
					UNION ALL
					SELECT 'DAY_RATE', d.id, r.slug, d.min_gbp, d.max_gbp, d.median_gbp, d.source, d.as_of_year
					FROM day_rate d LEFT JOIN region r ON r.id = d.region_id WHERE d.role_id = ?
					ORDER BY 1 DESC, 3 NULLS FIRST""",
					(rs, n) -> row(rs.getLong(2), n, rs.getString(1), text(rs.getString(3)), "", rs.getString(7),
							text(rs.getObject(4)), text(rs.getObject(5)), text(rs.getObject(6)), text(rs.getObject(8)),
							""),
					roleId, roleId);
		};
		return rows;
	}

	private static <T> List<GuideRow> numbered(List<T> items, BiFunction<T, Integer, GuideRow> row) {
		List<GuideRow> rows = new ArrayList<>();
		for (int n = 0; n < items.size(); n++) {
			rows.add(row.apply(items.get(n), n));
		}
		return rows;
	}

	private List<GuideRow> stackRows(long roleId) {
		Map<Long, List<GuideRow.ToolRow>> tools = new HashMap<>();
		this.jdbc.query("""
				SELECT st.category_id, t.name, st.why FROM stack_tool st JOIN tool t ON t.id = st.tool_id
				JOIN tool_category c ON c.id = st.category_id WHERE c.role_id = ? ORDER BY st.position""", (rs) -> {
			tools.computeIfAbsent(rs.getLong(1), (id) -> new ArrayList<>())
				.add(new GuideRow.ToolRow(rs.getString(2), rs.getString(3)));
		}, roleId);
		return this.jdbc.query("SELECT id, name, non_negotiable FROM tool_category WHERE role_id = ? ORDER BY position",
				(rs, n) -> {
					List<GuideRow.ToolRow> own = new ArrayList<>(tools.getOrDefault(rs.getLong(1), List.of()));
					own.add(GuideRow.ToolRow.blank());
					own.add(GuideRow.ToolRow.blank());
					return new GuideRow(String.valueOf(rs.getLong(1)), String.valueOf(n + 1), "", "", rs.getString(2),
							"", "", "", "", "", "", String.valueOf(rs.getBoolean(3)), "", own);
				}, roleId);
	}

	private static GuideRow row(long id, int n, String kind, String title, String body, String detail, String min,
			String max, String payMin, String payMax, String flag) {
		return new GuideRow(String.valueOf(id), String.valueOf(n + 1), "", kind, title, body, detail, min, max, payMin,
				payMax, flag, "", List.of());
	}

	private int count(String sql, Object... roleId) {
		return this.jdbc.queryForObject(sql, Integer.class, roleId);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	/**
	 * Whether the guide's own text (sections, questions' answers, fact lists) quotes a
	 * sum in pounds, such as "£95,000" or "£650 a day".
	 */
	boolean textQuotesPay(long roleId) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				SELECT EXISTS (SELECT 1 FROM guide_section WHERE role_id = ? AND body ~ '£ ?[0-9]')
				    OR EXISTS (SELECT 1 FROM faq WHERE role_id = ? AND answer ~ '£ ?[0-9]')
				    OR EXISTS (SELECT 1 FROM role_fact WHERE role_id = ?
				               AND (text ~ '£ ?[0-9]' OR coalesce(detail, '') ~ '£ ?[0-9]'))""", Boolean.class, roleId,
				roleId, roleId));
	}

}
