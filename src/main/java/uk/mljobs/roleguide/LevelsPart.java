package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.market.AdminRole;
import uk.mljobs.market.LevelDetails;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;

/**
 * The role's seniority levels, junior first, kept by the market feature: salary bands and
 * postings name them, so a level in use cannot be removed.
 */
@Component
class LevelsPart implements PartEditor<LevelsPart.Row> {

	/**
	 * @param yearsTo empty for "and more"
	 */
	record Row(String id, String order, String remove, String title, String yearsFrom,
			String yearsTo) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.title, this.yearsFrom, this.yearsTo);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final Market market;

	LevelsPart(Market market) {
		this.market = market;
	}

	@Override
	public GuidePart part() {
		return GuidePart.LEVELS;
	}

	@Override
	public List<Row> rows(long roleId) {
		return PartRow.numbered(this.market.levels(roleId),
				(level, order) -> new Row(String.valueOf(level.id()), order, "", level.title(),
						(level.experience() != null) ? String.valueOf(level.experience().min()) : "",
						(level.experience() != null) ? PartRow.text(level.experience().max()) : ""));
	}

	@Override
	public int count(long roleId) {
		return this.market.levels(roleId).size();
	}

	@Override
	public Set<Long> ids(long roleId) {
		return this.market.levels(roleId).stream().map(LevelView::id).collect(Collectors.toSet());
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
		long roleId = guide.role().id();
		List<LevelDetails> levels = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			String title = kept.text(errors, "title", kept.row().title(), 120, "Enter the level's title.");
			Integer yearsFrom = kept.number(errors, "yearsFrom", kept.row().yearsFrom(), 0, 60);
			Integer yearsTo = kept.number(errors, "yearsTo", kept.row().yearsTo(), 1, 61);
			if (yearsTo != null && (yearsFrom == null || yearsTo <= yearsFrom)) {
				errors.rejectValue(kept.path("yearsTo"), "range",
						"Give the fewest years too, and make the most larger.");
			}
			levels.add(new LevelDetails(kept.id(), title, yearsFrom, yearsTo));
		}
		if (levels.isEmpty()) {
			errors.reject("rows", "A guide needs at least one level: salary bands and postings name one.");
		}
		Kept.uniqueness(errors, rows, "title", Row::title, "Two levels have this title.");
		List<Long> keep = levels.stream().map(LevelDetails::id).filter(Objects::nonNull).toList();
		List<String> inUse = this.market.levelsInUse(roleId, keep);
		if (!inUse.isEmpty()) {
			errors.reject("rows", "Salary bands or postings use " + String.join(", ", inUse)
					+ ", so it cannot be removed; retire its bands and wait for its postings to end first.");
		}
		return () -> this.market.saveLevels(roleId, guide.role().title(), levels);
	}

}
