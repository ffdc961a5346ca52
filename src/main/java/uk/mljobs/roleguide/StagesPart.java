package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;

/** The career ladder, first step first, with years and pay as published. */
@Component
class StagesPart implements PartEditor<StagesPart.Row> {

	/**
	 * @param yearsTo empty for "and more"
	 * @param payFrom pounds a year, as typed
	 * @param openEnded {@code true} when the top of the pay is a floor ("£200,000+")
	 * @param summary what the stage is about, optional
	 */
	record Row(String id, String order, String remove, String title, String yearsFrom, String yearsTo, String payFrom,
			String payTo, String openEnded, String summary) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "", "", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.title, this.yearsFrom, this.yearsTo, this.payFrom, this.payTo,
					this.summary);
		}

		public boolean payOpenEnded() {
			return "true".equals(this.openEnded);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final JdbcTemplate jdbc;

	StagesPart(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public GuidePart part() {
		return GuidePart.STAGES;
	}

	@Override
	public List<Row> rows(long roleId) {
		return this.jdbc.query("""
				SELECT id, title, years_min, years_max, pay_min_gbp, pay_max_gbp, pay_open_ended, summary
				FROM career_stage WHERE role_id = ? ORDER BY position""",
				(rs, n) -> new Row(rs.getString(1), String.valueOf(n + 1), "", rs.getString(2),
						PartRow.text(rs.getObject(3)), PartRow.text(rs.getObject(4)), PartRow.text(rs.getObject(5)),
						PartRow.text(rs.getObject(6)), String.valueOf(rs.getBoolean(7)), PartRow.text(rs.getString(8))),
				roleId);
	}

	@Override
	public int count(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM career_stage WHERE role_id = ?", Integer.class, roleId);
	}

	@Override
	public Set<Long> ids(long roleId) {
		return Set.copyOf(this.jdbc.queryForList("SELECT id FROM career_stage WHERE role_id = ?", Long.class, roleId));
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
		record Stage(String title, Integer yearsFrom, Integer yearsTo, Integer payFrom, Integer payTo,
				boolean openEnded, String summary) {
		}
		List<Stage> stages = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			Row row = kept.row();
			String title = kept.text(errors, "title", row.title(), 160, "Name the stage.");
			Integer yearsFrom = kept.number(errors, "yearsFrom", row.yearsFrom(), 0, 60);
			Integer yearsTo = kept.number(errors, "yearsTo", row.yearsTo(), 1, 61);
			if (yearsTo != null && (yearsFrom == null || yearsTo <= yearsFrom)) {
				errors.rejectValue(kept.path("yearsTo"), "range",
						"Give the fewest years too, and make the most larger.");
			}
			Integer payFrom = kept.pounds(errors, "payFrom", row.payFrom());
			Integer payTo = kept.pounds(errors, "payTo", row.payTo());
			if ((payFrom == null) != (payTo == null) && !errors.hasFieldErrors(kept.path("payFrom"))
					&& !errors.hasFieldErrors(kept.path("payTo"))) {
				errors.rejectValue(kept.path("payTo"), "pair", "Give both ends of the pay range, or neither.");
			}
			else if (payFrom != null && payTo != null && payFrom > payTo) {
				errors.rejectValue(kept.path("payTo"), "range", "The top of the range must not be below the bottom.");
			}
			if (row.payOpenEnded() && payFrom == null) {
				errors.rejectValue(kept.path("openEnded"), "pay", "An open-ended top needs a pay range.");
			}
			String summary = kept.optional(errors, "summary", row.summary(), 2000);
			stages.add(new Stage(title, yearsFrom, yearsTo, payFrom, payTo, row.payOpenEnded(), summary));
		}
		long roleId = guide.role().id();
		return () -> {
			this.jdbc.update("DELETE FROM career_stage WHERE role_id = ?", roleId);
			for (int position = 0; position < stages.size(); position++) {
				Stage s = stages.get(position);
				this.jdbc.update("""
						INSERT INTO career_stage (role_id, position, title, years_min, years_max, pay_min_gbp,
						                          pay_max_gbp, pay_open_ended, summary)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", roleId, position, s.title(), s.yearsFrom(), s.yearsTo(),
						s.payFrom(), s.payTo(), s.openEnded(), s.summary());
			}
		};
	}

}
