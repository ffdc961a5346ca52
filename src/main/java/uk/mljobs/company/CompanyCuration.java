package uk.mljobs.company;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.market.Market;
import uk.mljobs.market.TownView;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.CuratedContentChanged;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Slugs;
import uk.mljobs.shared.StaleEditException;
import uk.mljobs.shared.Text;

/**
 * How admins curate companies: list one from scratch, edit it, decide recruiters'
 * proposals (approve as a new company, merge into one already listed, or reject) and add
 * sectors. Every act goes into the admin log in the same transaction; an edit based on an
 * out-of-date version is refused with {@link CompanyConflictException}.
 */
@Service
@Transactional
public class CompanyCuration {

	private final CompanyProposals proposals;

	private final Companies companies;

	private final Sectors sectors;

	private final ModerationLog moderationLog;

	private final CompanyDirectory directory;

	private final Market market;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyCuration(CompanyProposals proposals, Companies companies, Sectors sectors, ModerationLog moderationLog,
			CompanyDirectory directory, Market market, ApplicationEventPublisher events, Clock clock) {
		this.proposals = proposals;
		this.companies = companies;
		this.sectors = sectors;
		this.moderationLog = moderationLog;
		this.directory = directory;
		this.market = market;
		this.events = events;
		this.clock = clock;
	}

	/** The company's version has moved on since the form was shown. */
	public static class CompanyConflictException extends StaleEditException {

		CompanyConflictException() {
			super("This company");
		}

	}

	@Transactional(readOnly = true)
	public AdminCompany company(long id) {
		Company company = found(id);
		return new AdminCompany(this.directory.company(id).orElseThrow(), company.version(), company.updatedAt());
	}

	/** Lists a company, or records why not in {@code errors} and returns empty. */
	public Optional<Long> create(CompanyForm form, Errors errors, long adminId) {
		CompanyDetails details = details(form, errors, null);
		if (details == null) {
			return Optional.empty();
		}
		Company company = this.companies
			.save(Company.created(uniqueSlug(details.name()), details, this.clock.instant()));
		this.moderationLog.record(DecisionSubject.COMPANY, company.id(), company.name(), DecisionAction.CREATE,
				blankToNull(form.reason()), adminId);
		this.events.publishEvent(new CuratedContentChanged("company " + company.id()));
		return Optional.of(company.id());
	}

	/**
	 * Saves an admin's edit; false with {@code errors} filled in when the form has
	 * problems. The company's address (slug) never changes, so links keep working.
	 * @throws CompanyConflictException when someone saved the company since the form was
	 * shown
	 */
	public boolean update(long id, CompanyForm form, Errors errors, long adminId) {
		Company company = found(id);
		if (!String.valueOf(company.version()).equals(form.version())) {
			throw new CompanyConflictException();
		}
		CompanyDetails details = details(form, errors, company);
		if (details == null) {
			return false;
		}
		company.revise(details, this.clock.instant());
		this.companies.saveAndFlush(company);
		this.moderationLog.record(DecisionSubject.COMPANY, company.id(), company.name(), DecisionAction.EDIT,
				blankToNull(form.reason()), adminId);
		this.events.publishEvent(new CuratedContentChanged("company " + company.id()));
		return true;
	}

	/**
	 * Decides a proposal that names a company we already list: the proposer joins that
	 * company, and no second company is made.
	 */
	public CompanyProposalView merge(long proposalId, long companyId, long adminId) {
		CompanyProposal proposal = pendingProposal(proposalId);
		Company company = found(companyId);
		proposal.merge(company.id(), this.clock.instant());
		this.moderationLog.record(DecisionSubject.COMPANY, proposal.id(), proposal.name() + " → " + company.name(),
				DecisionAction.MERGE, null, adminId);
		this.events.publishEvent(new CompanyProposalApproved(proposal.id(), company.id()));
		return proposal.toView();
	}

	/** Adds a sector, or records why not in {@code errors} and returns empty. */
	public Optional<SectorView> addSector(String name, Errors errors, long adminId) {
		String clean = Text.oneLine(name);
		if (clean.isEmpty() || clean.length() > 120) {
			errors.rejectValue("name", "size", "Enter a sector name of 1 to 120 characters.");
		}
		else if (this.sectors.existsByNameIgnoreCase(clean)) {
			errors.rejectValue("name", "duplicate", "That sector is listed already.");
		}
		String slug = Slugs.of(clean, 80);
		if (!errors.hasErrors() && (slug.isEmpty() || this.sectors.findBySlug(slug).isPresent())) {
			errors.rejectValue("name", "slug", "That name makes an address another sector has: choose another.");
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		Sector sector = this.sectors.save(new Sector(slug, clean));
		this.moderationLog.record(DecisionSubject.SECTOR, sector.id(), clean, DecisionAction.CREATE, null, adminId);
		this.events.publishEvent(new CuratedContentChanged("sector " + sector.id()));
		return Optional.of(sector.toView());
	}

	/**
	 * Adds a town companies and postings can name, in a UK pay region or abroad (with its
	 * ISO country code), or records why not in {@code errors} and returns empty.
	 */
	public Optional<TownView> addTown(TownForm form, Errors errors, long adminId) {
		String name = Text.oneLine(form.name());
		String slug = Slugs.of(name, 80);
		boolean abroad = TownForm.ABROAD.equals(form.region());
		Long regionId = abroad ? null
				: this.market.regions()
					.stream()
					.filter((region) -> region.slug().equals(form.region()))
					.map((region) -> region.id())
					.findFirst()
					.orElse(null);
		if (!abroad && regionId == null) {
			errors.rejectValue("region", "unknown", "Choose London, the rest of the UK, or outside the UK.");
		}
		String country = abroad
				? ((form.country() != null) ? form.country().strip().toUpperCase(java.util.Locale.ROOT) : "") : "GB";
		if (abroad && (!country.matches("[A-Z]{2}") || "GB".equals(country))) {
			errors.rejectValue("country", "code",
					"For a town outside the UK, enter its two-letter country code, such as NL or IE.");
		}
		if (!errors.hasFieldErrors("name") && (slug.isEmpty() || this.market.townExists(slug, name))) {
			errors.rejectValue("name", "duplicate", "That town is listed already.");
		}
		// The UK, Channel Islands and Isle of Man lie within these; abroad, anywhere.
		Double latitude = degrees(form.latitude(), "latitude", abroad ? -90 : 49, abroad ? 90 : 61, errors);
		Double longitude = degrees(form.longitude(), "longitude", abroad ? -180 : -8.7, abroad ? 180 : 1.8, errors);
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		TownView town = this.market.addTown(slug, name, country, regionId, latitude, longitude);
		this.moderationLog.record(DecisionSubject.TOWN, town.id(), name, DecisionAction.CREATE, null, adminId);
		this.events.publishEvent(new CuratedContentChanged("town " + town.id()));
		return Optional.of(town);
	}

	/**
	 * A coordinate typed in decimal degrees, such as 51.5074 or -0.1278, within
	 * {@code [min, max]}; a message on the field when it is missing or not one.
	 */
	private static Double degrees(String typed, String field, double min, double max, Errors errors) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty()) {
			errors.rejectValue(field, "required",
					"Enter the " + field + " of the town centre in decimal degrees, such as "
							+ ("latitude".equals(field) ? "53.4808" : "-2.2426")
							+ ": distance searches measure from it.");
			return null;
		}
		if (!text.matches("-?\\d{1,3}(\\.\\d{1,6})?")) {
			errors.rejectValue(field, "number", "Enter the " + field + " as decimal degrees, such as "
					+ ("latitude".equals(field) ? "53.4808" : "-2.2426") + ".");
			return null;
		}
		double value = Double.parseDouble(text);
		if (value < min || value > max) {
			errors.rejectValue(field, "range",
					"Enter a " + field + " from " + min + " to " + max + ((max < 90) ? ", where UK towns lie." : "."));
			return null;
		}
		return value;
	}

	/** Sectors with how many companies each has. */
	@Transactional(readOnly = true)
	public Map<SectorView, Long> sectorUse() {
		Map<Long, Long> counts = this.companies.findAllByOrderByName()
			.stream()
			.collect(Collectors.groupingBy(Company::sectorId, Collectors.counting()));
		return this.directory.sectors()
			.stream()
			.collect(Collectors.toMap(Function.identity(), (sector) -> counts.getOrDefault(sector.id(), 0L),
					(a, b) -> a, java.util.LinkedHashMap::new));
	}

	/**
	 * Checks the form against what is listed and returns the clean details, or
	 * {@code null} with the problems in {@code errors}.
	 */
	private CompanyDetails details(CompanyForm form, Errors errors, Company self) {
		Optional<Sector> sector = this.sectors.findBySlug(form.sector() != null ? form.sector() : "");
		if (sector.isEmpty() && !errors.hasFieldErrors("sector")) {
			errors.rejectValue("sector", "unknown", "Choose a sector from the list.");
		}
		Map<String, TownView> towns = this.market.towns()
			.stream()
			.collect(Collectors.toMap(TownView::slug, Function.identity()));
		Set<Long> townIds = new LinkedHashSet<>();
		for (String slug : form.towns()) {
			TownView town = towns.get(slug);
			if (town == null) {
				errors.rejectValue("towns", "unknown", "Choose towns from the list.");
				break;
			}
			townIds.add(town.id());
		}
		List<String> focus = form.focusAreas();
		if (focus.size() > CompanyForm.MOST_FOCUS_AREAS) {
			errors.rejectValue("focus", "count", "List at most " + CompanyForm.MOST_FOCUS_AREAS + " areas.");
		}
		else if (focus.stream().anyMatch((area) -> area.length() > CompanyForm.LONGEST_FOCUS_AREA)) {
			errors.rejectValue("focus", "size",
					"Keep each area to " + CompanyForm.LONGEST_FOCUS_AREA + " characters: one area a line.");
		}
		String name = Text.oneLine(form.name());
		if (!errors.hasFieldErrors("name")) {
			this.companies.findByNameIgnoreCase(name)
				.filter((other) -> self == null || other.id() != self.id())
				.ifPresent((other) -> errors.rejectValue("name", "duplicate",
						"We list " + other.name() + " already: edit that company instead."));
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new CompanyDetails(name, sector.get().id(), form.locations().strip(), form.isRemoteUk(),
				form.summary().strip(), blankToNull(form.requirement()), blankToNull(form.website()),
				blankToNull(form.logo()), townIds, focus);
	}

	private Company found(long id) {
		return this.companies.findById(id).orElseThrow(() -> NotFoundException.of("company", String.valueOf(id)));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public long propose(String name, String website) {
		String site = (website == null || website.isBlank()) ? null : website.strip();
		return this.proposals.save(new CompanyProposal(Text.oneLine(name), site, this.clock.instant())).id();
	}

	@Transactional(readOnly = true)
	public List<CompanyProposalView> pending() {
		return this.proposals.findByStatusOrderByCreatedAtAscIdAsc(CompanyProposal.Status.PENDING)
			.stream()
			.map(CompanyProposal::toView)
			.toList();
	}

	/**
	 * The proposals, this one among them, of a company with the same name, spaces and
	 * case aside.
	 */
	@Transactional(readOnly = true)
	public List<Long> proposalsNamedAs(long proposalId) {
		return this.proposals.namedAs(proposalId);
	}

	@Transactional(readOnly = true)
	public Optional<CompanyProposalView> proposal(long id) {
		return this.proposals.findById(id).map(CompanyProposal::toView);
	}

	/**
	 * Lists the proposed company in the chosen sector, links its proposer to it, and
	 * records the decision.
	 */
	public CompanyProposalView approve(long proposalId, String sectorSlug, long adminId) {
		CompanyProposal proposal = pendingProposal(proposalId);
		Sector sector = this.sectors.findBySlug(sectorSlug)
			.orElseThrow(() -> NotFoundException.of("sector", sectorSlug));
		// A proposal naming a company we already list joins that company.
		Company company = this.companies.findByNameIgnoreCase(proposal.name())
			.orElseGet(() -> this.companies.save(Company.proposed(uniqueSlug(proposal.name()), proposal.name(),
					sector.id(), proposal.website(), this.clock.instant())));
		proposal.approve(company.id(), this.clock.instant());
		this.moderationLog.record(DecisionSubject.COMPANY, proposal.id(), proposal.name(), DecisionAction.APPROVE, null,
				adminId);
		this.events.publishEvent(new CompanyProposalApproved(proposal.id(), company.id()));
		this.events.publishEvent(new CuratedContentChanged("company " + company.id()));
		return proposal.toView();
	}

	public CompanyProposalView reject(long proposalId, String reason, long adminId) {
		CompanyProposal proposal = pendingProposal(proposalId);
		proposal.reject(this.clock.instant());
		this.moderationLog.record(DecisionSubject.COMPANY, proposal.id(), proposal.name(), DecisionAction.REJECT,
				reason, adminId);
		this.events.publishEvent(new CompanyProposalRejected(proposal.id(), proposal.name(), reason));
		return proposal.toView();
	}

	private CompanyProposal pendingProposal(long id) {
		return this.proposals.findById(id)
			.filter((proposal) -> proposal.status() == CompanyProposal.Status.PENDING)
			.orElseThrow(() -> NotFoundException.of("pending company proposal", String.valueOf(id)));
	}

	private String uniqueSlug(String name) {
		String base = Slugs.of(name, 70);
		if (base.isEmpty()) {
			base = "company";
		}
		String slug = base;
		for (int n = 2; this.companies.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
