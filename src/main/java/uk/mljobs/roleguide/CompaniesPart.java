package uk.mljobs.roleguide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.GuideCompanies;
import uk.mljobs.market.AdminRole;

/**
 * Listed companies the guide names as hiring for the role, in order; kept by the company
 * feature. A row is a choice of company and has no id of its own: choosing none removes
 * it.
 */
@Component
class CompaniesPart implements PartEditor<CompaniesPart.Row> {

	/**
	 * @param company the company's slug
	 */
	record Row(String id, String order, String remove, String company) implements PartRow {

		static Row blank() {
			return new Row("", "", "", "");
		}

		@Override
		public boolean empty() {
			return PartRow.allBlank(this.id, this.company);
		}

	}

	record Form(List<Row> rows, String version, String reason) implements PartForm<Row> {

		Form {
			rows = PartForm.filled(rows, Row::blank);
		}

	}

	private final GuideCompanies companies;

	private final CompanyDirectory directory;

	CompaniesPart(GuideCompanies companies, CompanyDirectory directory) {
		this.companies = companies;
		this.directory = directory;
	}

	@Override
	public GuidePart part() {
		return GuidePart.COMPANIES;
	}

	@Override
	public List<Row> rows(long roleId) {
		return PartRow.numbered(this.companies.hiring(roleId), (slug, order) -> new Row("", order, "", slug));
	}

	@Override
	public int count(long roleId) {
		return this.companies.hiring(roleId).size();
	}

	@Override
	public Set<Long> ids(long roleId) {
		return Set.of();
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
		return Map.of("companies", this.directory.companies(null, null));
	}

	@Override
	public Runnable check(AdminRole guide, List<Kept<Row>> rows, Errors errors) {
		Map<String, Long> known = this.companies.companyIds();
		List<Long> chosen = new ArrayList<>();
		for (Kept<Row> kept : rows) {
			Long id = known.get(kept.row().company());
			if (id == null) {
				errors.rejectValue(kept.path("company"), "choice", "Choose a listed company.");
			}
			else {
				chosen.add(id);
			}
		}
		Kept.uniqueness(errors, rows, "company", Row::company, "This company is named twice.");
		long roleId = guide.role().id();
		return () -> this.companies.saveHiring(roleId, chosen);
	}

}
