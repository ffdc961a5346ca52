package uk.mljobs.company;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.mljobs.market.TownView;
import uk.mljobs.shared.Choices;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.JsonLd;
import uk.mljobs.system.Site;

@Controller
class CompanyController {

	static final String VIEW_LIST = "company/list";

	static final String VIEW_DETAIL = "company/detail";

	/** How many of its live postings a company's page lists. */
	static final int POSTINGS_SHOWN = 20;

	private final CompanyDirectory directory;

	private final Site site;

	private final JsonLd jsonLd;

	private final java.util.List<CareersSiteOpenings> elsewhere;

	private final OpenPostings postings;

	CompanyController(CompanyDirectory directory, Site site, JsonLd jsonLd,
			java.util.List<CareersSiteOpenings> elsewhere, OpenPostings postings) {
		this.elsewhere = elsewhere;
		this.postings = postings;
		this.directory = directory;
		this.site = site;
		this.jsonLd = jsonLd;
	}

	@GetMapping("/companies")
	String list(@RequestParam(required = false) String sector, @RequestParam(required = false) String town,
			Model model) {
		List<SectorView> sectors = this.directory.sectors();
		List<TownView> towns = this.directory.towns();
		SectorView selectedSector = Choices.pick("sector", sector, sectors, SectorView::slug);
		TownView selectedTown = Choices.pick("town", town, towns, TownView::slug);
		model.addAttribute("sectors", sectors);
		model.addAttribute("towns", towns);
		model.addAttribute("selectedSector", selectedSector);
		model.addAttribute("selectedTown", selectedTown);
		model.addAttribute("companies", this.directory.companies(selectedSector, selectedTown));
		return VIEW_LIST;
	}

	@GetMapping("/companies/{slug}")
	String detail(@PathVariable String slug, Model model) {
		CompanyView company = this.directory.company(slug).orElseThrow(() -> NotFoundException.of("company", slug));
		model.addAttribute("company", company);
		model.addAttribute("livePostings", this.postings.atCompany(company.id(), POSTINGS_SHOWN));
		model.addAttribute("withoutStatedPay",
				this.elsewhere.stream().mapToInt((openings) -> openings.withoutStatedPay(company.id())).sum());
		model.addAttribute("jsonLd", this.jsonLd.render(organization(company)));
		model.addAttribute("breadcrumbs", this.jsonLd.breadcrumbs(new JsonLd.Crumb("Companies", "/companies"),
				new JsonLd.Crumb(company.name(), company.path())));
		return VIEW_DETAIL;
	}

	/**
	 * The employer as schema.org describes an organisation: its {@code url} and
	 * {@code sameAs} are its own website, left out when none is on file (our page about
	 * it is not where it lives), and this page is the one that describes it.
	 */
	private Map<String, Object> organization(CompanyView company) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@context", "https://schema.org");
		organization.put("@type", "Organization");
		organization.put("name", company.name());
		if (company.website() != null) {
			organization.put("url", company.website());
			organization.put("sameAs", List.of(company.website()));
		}
		organization.put("mainEntityOfPage", this.site.absolute(company.path()));
		organization.put("description", company.summary());
		if (company.logoUrl() != null) {
			organization.put("logo", company.logoUrl());
		}
		if (company.logo() != null) {
			// Ours, at its content hash, before any address an admin typed.
			organization.put("logo", this.site.absolute(company.logo().path()));
		}
		List<Map<String, Object>> places = company.towns()
			.stream()
			.map((town) -> Map.<String, Object>of("@type", "Place", "address",
					Map.of("@type", "PostalAddress", "addressLocality", town.name(), "addressCountry", town.country())))
			.toList();
		if (!places.isEmpty()) {
			organization.put("location", places);
		}
		organization.put("knowsAbout", company.focusAreas());
		return organization;
	}

}
