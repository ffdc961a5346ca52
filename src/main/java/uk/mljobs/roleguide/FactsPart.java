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
 * Short fact lists: typical tasks, entry routes, lateral moves, interview areas and more;
 * each fact in one of them.
 */
@Component
class FactsPart implements PartEditor<FactsPart.Row> {

	/**
	 * @param list the {@link RoleFact.Kind} it belongs to, by name
	 * @param detail more on the fact, optional
	 */
	record Row(String id, String order, String remove, String list, String fact, String detail) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.list, this.fact, this.detail);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final JdbcTemplate jdbc;

	FactsPart(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public GuidePart part() {
		return GuidePart.FACTS;
	}

	@Override
	public List<Row> rows(long roleId) {
		return this.jdbc.query("SELECT id, kind, text, detail FROM role_fact WHERE role_id = ? ORDER BY kind, position",
				(rs, n) -> new Row(rs.getString(1), String.valueOf(n + 1), "", rs.getString(2), rs.getString(3),
						PartRow.text(rs.getString(4))),
				roleId);
	}

	@Override
	public int count(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM role_fact WHERE role_id = ?", Integer.class, roleId);
	}

	@Override
	public Set<Long> ids(long roleId) {
		return Set.copyOf(this.jdbc.queryForList("SELECT id FROM role_fact WHERE role_id = ?", Long.class, roleId));
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
	public Map<String, Object> choices() {
		return Map.of("factKinds", RoleFact.Kind.values());
	}

	@Override
	public Runnable check(AdminRole guide, List<Kept<Row>> rows, Errors errors) {
		record Fact(RoleFact.Kind list, String text, String detail) {
		}
		List<Fact> facts = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			facts.add(new Fact(
					kept.choice(errors, "list", kept.row().list(), RoleFact.Kind.class,
							"Choose which list it belongs to."),
					kept.text(errors, "fact", kept.row().fact(), 500, "Enter the fact."),
					kept.optional(errors, "detail", kept.row().detail(), 1000)));
		}
		long roleId = guide.role().id();
		return () -> {
			this.jdbc.update("DELETE FROM role_fact WHERE role_id = ?", roleId);
			Map<RoleFact.Kind, Integer> positions = new HashMap<>();
			for (Fact fact : facts) {
				int position = positions.merge(fact.list(), 1, Integer::sum) - 1;
				this.jdbc.update("INSERT INTO role_fact (role_id, kind, text, detail, position) VALUES (?, ?, ?, ?, ?)",
						roleId, fact.list().name(), fact.text(), fact.detail(), position);
			}
		};
	}

}
