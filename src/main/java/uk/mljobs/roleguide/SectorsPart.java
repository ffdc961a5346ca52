package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.company.GuideCompanies;
import uk.mljobs.market.AdminRole;

/**
 * Sectors building ML platforms: a headline, a portrait and the employers named; kept by
 * the company feature.
 */
@Component
class SectorsPart implements PartEditor<SectorsPart.Row> {

	/**
	 * @param employers the employers named, one a line
	 */
	record Row(String id, String order, String remove, String sector, String headline, String portrait,
			String employers) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.sector, this.headline, this.portrait, this.employers);
		}

		/** The non-blank lines of {@code employers}, trimmed. */
		List<String> employerNames() {
			return PartRow.blank(this.employers) ? List.of()
					: this.employers.lines().map(String::strip).filter((line) -> !line.isEmpty()).toList();
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final GuideCompanies companies;

	SectorsPart(GuideCompanies companies) {
		this.companies = companies;
	}

	@Override
	public GuidePart part() {
		return GuidePart.SECTORS;
	}

	@Override
	public List<Row> rows(long roleId) {
		return PartRow.numbered(this.companies.profiles(roleId),
				(profile, order) -> new Row(String.valueOf(profile.id()), order, "", profile.name(), profile.headline(),
						profile.body(), String.join("\n", profile.employers())));
	}

	@Override
	public int count(long roleId) {
		return ids(roleId).size();
	}

	@Override
	public Set<Long> ids(long roleId) {
		return this.companies.profileIds(roleId);
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
		List<GuideCompanies.Profile> profiles = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			String sector = kept.text(errors, "sector", kept.row().sector(), 120, "Name the sector.");
			String headline = kept.text(errors, "headline", kept.row().headline(), 200, "Give the sector a headline.");
			String portrait = kept.text(errors, "portrait", kept.row().portrait(), 20_000,
					"Write the sector's portrait.");
			List<String> employers = kept.row().employerNames();
			if (employers.size() > 30 || employers.stream().anyMatch((employer) -> employer.length() > 120)) {
				errors.rejectValue(kept.path("employers"), "size",
						"Name at most 30 employers, one a line, each up to 120 characters.");
			}
			else if (employers.stream()
				.map((employer) -> employer.toLowerCase(Locale.ROOT))
				.distinct()
				.count() < employers.size()) {
				errors.rejectValue(kept.path("employers"), "duplicate", "An employer is named twice.");
			}
			profiles.add(new GuideCompanies.Profile(kept.id(), sector, headline, portrait, employers));
		}
		Kept.uniqueness(errors, rows, "sector", Row::sector, "This sector is listed twice.");
		long roleId = guide.role().id();
		return () -> this.companies.saveProfiles(roleId, profiles);
	}

}
