package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;

/**
 * Skills employers call essential, and those emerging in postings; each names a tool of
 * the catalogue, added if new. A row's id is its tool's.
 */
@Component
class SkillsPart implements PartEditor<SkillsPart.Row> {

	/**
	 * @param list the {@link RoleSkill.Kind} it is listed under, by name
	 */
	record Row(String id, String order, String remove, String list, String skill) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.list, this.skill);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final JdbcTemplate jdbc;

	private final ToolCatalogue tools;

	SkillsPart(JdbcTemplate jdbc, ToolCatalogue tools) {
		this.jdbc = jdbc;
		this.tools = tools;
	}

	@Override
	public GuidePart part() {
		return GuidePart.SKILLS;
	}

	@Override
	public List<Row> rows(long roleId) {
		return this.jdbc.query("""
				SELECT s.tool_id, s.kind, t.name FROM role_skill s JOIN tool t ON t.id = s.tool_id
				WHERE s.role_id = ? ORDER BY s.kind, s.position""",
				(rs, n) -> new Row(rs.getString(1), String.valueOf(n + 1), "", rs.getString(2), rs.getString(3)),
				roleId);
	}

	@Override
	public int count(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM role_skill WHERE role_id = ?", Integer.class, roleId);
	}

	@Override
	public Set<Long> ids(long roleId) {
		return Set
			.copyOf(this.jdbc.queryForList("SELECT tool_id FROM role_skill WHERE role_id = ?", Long.class, roleId));
	}

	@Override
	public Row blank() {
		return Row.blank();
	}

	@Override
	public Class<Form> formType() {
		return Form.class;
	}

	@Override
	public Form form(List<Row> rows, String version, String reason) {
		return new Form(rows, version, reason);
	}

	@Override
	public Runnable check(AdminRole guide, List<Kept<Row>> rows, Errors errors) {
		record Skill(RoleSkill.Kind list, String name) {
		}
		List<Skill> skills = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			skills.add(new Skill(
					kept.choice(errors, "list", kept.row().list(), RoleSkill.Kind.class,
							"Choose essential or emerging."),
					kept.text(errors, "skill", kept.row().skill(), 120, "Name the skill or tool.")));
		}
		Kept.uniqueness(errors, rows, "skill", (row) -> row.list() + " " + row.skill(),
				"This skill is in that list already.");
		long roleId = guide.role().id();
		return () -> {
			this.jdbc.update("DELETE FROM role_skill WHERE role_id = ?", roleId);
			Map<RoleSkill.Kind, Integer> positions = new HashMap<>();
			for (Skill skill : skills) {
				int position = positions.merge(skill.list(), 1, Integer::sum) - 1;
				this.jdbc.update("INSERT INTO role_skill (role_id, tool_id, kind, position) VALUES (?, ?, ?, ?)",
						roleId, this.tools.idOf(skill.name()), skill.list().name(), position);
			}
		};
	}

}
