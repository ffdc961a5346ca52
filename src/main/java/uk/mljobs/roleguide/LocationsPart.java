package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.company.GuideCompanies;
import uk.mljobs.market.AdminRole;

/**
 * The towns and regions where the role's jobs are, and why there; kept by the company
 * feature.
 */
@Component
class LocationsPart implements PartEditor<LocationsPart.Row> {

	record Row(String id, String order, String remove, String place, String why) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.place, this.why);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final GuideCompanies companies;

	LocationsPart(GuideCompanies companies) {
		this.companies = companies;
	}

	@Override
	public GuidePart part() {
		return GuidePart.LOCATIONS;
	}

	@Override
	public List<Row> rows(long roleId) {
		return PartRow.numbered(this.companies.locations(roleId), (location,
				order) -> new Row(String.valueOf(location.id()), order, "", location.name(), location.why()));
	}

	@Override
	public int count(long roleId) {
		return ids(roleId).size();
	}

	@Override
	public Set<Long> ids(long roleId) {
		return this.companies.locationIds(roleId);
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
		List<GuideCompanies.Location> locations = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			String place = kept.text(errors, "place", kept.row().place(), 120, "Name the place.");
			String why = kept.text(errors, "why", kept.row().why(), 4000, "Say why the jobs are there.");
			locations.add(new GuideCompanies.Location(kept.id(), place, why));
		}
		Kept.uniqueness(errors, rows, "place", Row::place, "This place is listed twice.");
		long roleId = guide.role().id();
		return () -> this.companies.saveLocations(roleId, locations);
	}

}
