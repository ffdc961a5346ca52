package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;

/** The guide's questions and our answers. */
@Component
class FaqPart implements PartEditor<FaqPart.Row> {

	record Row(String id, String order, String remove, String question, String answer) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.question, this.answer);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final JdbcTemplate jdbc;

	FaqPart(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public GuidePart part() {
		return GuidePart.FAQ;
	}

	@Override
	public List<Row> rows(long roleId) {
		return this.jdbc.query("SELECT id, question, answer FROM faq WHERE role_id = ? ORDER BY position",
				(rs, n) -> new Row(rs.getString(1), String.valueOf(n + 1), "", rs.getString(2), rs.getString(3)),
				roleId);
	}

	@Override
	public int count(long roleId) {
		return this.jdbc.queryForObject("SELECT count(*) FROM faq WHERE role_id = ?", Integer.class, roleId);
	}

	@Override
	public Set<Long> ids(long roleId) {
		return Set.copyOf(this.jdbc.queryForList("SELECT id FROM faq WHERE role_id = ?", Long.class, roleId));
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
		record Question(String question, String answer) {
		}
		List<Question> questions = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			questions.add(new Question(kept.text(errors, "question", kept.row().question(), 300, "Enter the question."),
					kept.text(errors, "answer", kept.row().answer(), 10_000, "Write the answer.")));
		}
		Kept.uniqueness(errors, rows, "question", Row::question, "This question is asked twice.");
		long roleId = guide.role().id();
		return () -> {
			this.jdbc.update("DELETE FROM faq WHERE role_id = ?", roleId);
			for (int position = 0; position < questions.size(); position++) {
				Question question = questions.get(position);
				this.jdbc.update("INSERT INTO faq (role_id, position, question, answer) VALUES (?, ?, ?, ?)", roleId,
						position, question.question(), question.answer());
			}
		};
	}

}
