package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;

/**
 * Skills gaps: employer demand against candidate supply, in percent; the database works
 * out the gap.
 */
@Component
class GapsPart implements PartEditor<GapsPart.Row> {

	record Row(String id, String order, String remove, String skill, String demand, String supply,
			String why) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.skill, this.demand, this.supply, this.why);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final JdbcTemplate jdbc;

	GapsPart(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public GuidePart part() {
		return GuidePart.GAPS;
	}

	@Override
	public List<Row> rows(long roleId) {
		return this.jdbc.query(
				"SELECT id, skill, demand_pct, supply_pct, why FROM skill_gap WHERE role_id = ? ORDER BY position",
				(rs, n) -> new Row(rs.getString(1), String.valueOf(n + 1), "", rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5)),
				roleId);
	}

	@Override
	public int count(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM skill_gap WHERE role_id = ?", Integer.class, roleId);
	}

	@Override
	public Set<Long> ids(long roleId) {
		return Set.copyOf(this.jdbc.queryForList("SELECT id FROM skill_gap WHERE role_id = ?", Long.class, roleId));
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
		record Gap(String skill, Integer demand, Integer supply, String why) {
		}
		List<Gap> gaps = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			String skill = kept.text(errors, "skill", kept.row().skill(), 200, "Name the skill.");
			Integer demand = kept.number(errors, "demand", kept.row().demand(), 0, 100);
			Integer supply = kept.number(errors, "supply", kept.row().supply(), 0, 100);
			if (demand == null && !errors.hasFieldErrors(kept.path("demand"))) {
				errors.rejectValue(kept.path("demand"), "required", "Give employer demand in percent, 0 to 100.");
			}
			if (supply == null && !errors.hasFieldErrors(kept.path("supply"))) {
				errors.rejectValue(kept.path("supply"), "required", "Give candidate supply in percent, 0 to 100.");
			}
			String why = kept.text(errors, "why", kept.row().why(), 4000, "Say what lies behind the gap.");
			gaps.add(new Gap(skill, demand, supply, why));
		}
		Kept.uniqueness(errors, rows, "skill", Row::skill, "This skill is listed twice.");
		long roleId = guide.role().id();
		return () -> {
			this.jdbc.update("DELETE FROM skill_gap WHERE role_id = ?", roleId);
			for (int position = 0; position < gaps.size(); position++) {
				Gap gap = gaps.get(position);
				this.jdbc.update("""
						INSERT INTO skill_gap (role_id, position, skill, demand_pct, supply_pct, why)
						VALUES (?, ?, ?, ?, ?, ?)""", roleId, position, gap.skill(), gap.demand(), gap.supply(),
						gap.why());
			}
		};
	}

}
