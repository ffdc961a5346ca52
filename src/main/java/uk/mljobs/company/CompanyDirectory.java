package uk.mljobs.company;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.market.Market;
import uk.mljobs.market.TownView;

/**
 * Reads companies, sectors and hiring locations for pages and for other features.
 */
@Service
@Transactional(readOnly = true)
public class CompanyDirectory {

	private final Companies companies;

	private final Sectors sectors;

	private final SectorProfiles sectorProfiles;

	private final HiringLocations hiringLocations;

	private final Market market;

	private final LogoShelf logos;

	CompanyDirectory(Companies companies, Sectors sectors, SectorProfiles sectorProfiles,
			HiringLocations hiringLocations, Market market, LogoShelf logos) {
		this.logos = logos;
		this.companies = companies;
		this.sectors = sectors;
		this.sectorProfiles = sectorProfiles;
		this.hiringLocations = hiringLocations;
		this.market = market;
	}

	/**
	 * Every company, by name, optionally only those in one sector and/or hiring in one
	 * town.
	 */
	public List<CompanyView> companies(SectorView sector, TownView town) {
		return toViews(this.companies.findAllByOrderByName()
			.stream()
			.filter((company) -> sector == null || company.sectorId() == sector.id())
			.filter((company) -> town == null || company.townIds().contains(town.id()))
			.toList());
	}

	/** Every company's name by id: for indexes and exports that name many. */
	public Map<Long, String> names() {
		Map<Long, String> names = new HashMap<>();
		this.companies.names().forEach((company) -> names.put(company.getId(), company.getName()));
		return names;
	}

	public Optional<CompanyView> company(long id) {
		return this.companies.findById(id).map((company) -> toViews(List.of(company)).get(0));
	}

	public Optional<CompanyView> company(String slug) {
		return this.companies.findBySlug(slug).map((company) -> toViews(List.of(company)).get(0));
	}

	/** Companies a role's guide names as hiring, in the guide's order. */
	public List<CompanyView> hiringFor(long roleId) {
		return toViews(this.companies.findHiringForRole(roleId));
	}

	public List<SectorView> sectors() {
		return this.sectors.findAllByOrderByName().stream().map(Sector::toView).toList();
	}

	/** Towns in which at least one company hires, by name. */
	public List<TownView> towns() {
		List<Long> used = this.companies.findAllByOrderByName()
			.stream()
			.flatMap((company) -> company.townIds().stream())
			.distinct()
			.toList();
		return this.market.towns().stream().filter((town) -> used.contains(town.id())).toList();
	}

	public List<SectorProfileView> sectorProfiles(long roleId) {
		Map<Long, String> paths = this.companies.findAllByOrderByName()
			.stream()
			.collect(Collectors.toMap(Company::id, (company) -> "/companies/" + company.slug()));
		return this.sectorProfiles.findByRoleIdOrderByPosition(roleId)
			.stream()
			.map((profile) -> new SectorProfileView(profile.slug(), profile.name(), profile.headline(), profile.body(),
					profile.employers()
						.stream()
						.map((employer) -> new SectorProfileView.EmployerView(employer.name(),
								(employer.companyId() != null) ? paths.get(employer.companyId()) : null))
						.toList()))
			.toList();
	}

	public List<HiringLocationView> hiringLocations(long roleId) {
		return this.hiringLocations.findByRoleIdOrderByPosition(roleId).stream().map(HiringLocation::toView).toList();
	}

	private List<CompanyView> toViews(List<Company> companies) {
		Map<Long, SectorView> sectors = sectors().stream()
			.collect(Collectors.toMap(SectorView::id, Function.identity()));
		Map<Long, TownView> towns = this.market.towns()
			.stream()
			.collect(Collectors.toMap(TownView::id, Function.identity()));
		Map<Long, CompanyLogo> logos = (companies.size() == 1)
				? this.logos.of(companies.get(0).id()).map((logo) -> Map.of(logo.companyId(), logo)).orElse(Map.of())
				: this.logos.all();
		return companies.stream()
			.map((company) -> new CompanyView(company.id(), company.slug(), company.name(),
					sectors.get(company.sectorId()), company.locations(), company.remoteUk(), company.summary(),
					company.requirement(), company.website(), company.logoUrl(), logos.get(company.id()),
					company.townIds().stream().map(towns::get).filter(Objects::nonNull).toList(),
					List.copyOf(company.focusAreas())))
			.toList();
	}

}
