package uk.mljobs.job;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;

/**
 * A saved posting as its form, to edit: ids back to the slugs the form offers, figures
 * and dates back to text. {@link PostingFormCheck} goes the other way.
 */
@Component
class PostingForms {

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	PostingForms(Market market, CompanyDirectory companies, RoleGuides guides) {
		this.market = market;
		this.companies = companies;
		this.guides = guides;
	}

	PostingForm of(Posting posting) {
		RoleView role = this.market.adminRole(posting.roleId()).orElseThrow().role();
		String level = this.market.levels(posting.roleId())
			.stream()
			.filter((l) -> l.id() == posting.levelId())
			.map(LevelView::slug)
			.findFirst()
			.orElseThrow();
		String town = this.market.towns()
			.stream()
			.filter((t) -> t.id() == posting.townId())
			.map(TownView::slug)
			.findFirst()
			.orElseThrow();
		Map<Long, ToolView> tools = this.guides.catalogue()
			.stream()
			.collect(Collectors.toMap(ToolView::id, Function.identity()));
		String company = this.companies.company(posting.companyId()).map(CompanyView::slug).orElse(null);
		return new PostingForm(posting.idempotencyKey().toString(), String.valueOf(posting.version()), posting.title(),
				role.slug(), level, town, posting.workMode().name(),
				Objects.requireNonNullElse(posting.remoteResidency(), "UK"), posting.employmentType().name(),
				String.valueOf(posting.payMin()), String.valueOf(posting.payMax()),
				(posting.ir35() != null) ? posting.ir35().name() : "", posting.clearance().name(),
				String.valueOf(posting.visaSponsorship()),
				posting.toolIds().stream().map(tools::get).filter(Objects::nonNull).map(ToolView::slug).toList(),
				String.join(", ", posting.tags()), posting.descriptionMarkdown(),
				(posting.applyUrl() != null) ? posting.applyUrl() : posting.applyEmail(), posting.closesOn().toString(),
				company);
	}

}
