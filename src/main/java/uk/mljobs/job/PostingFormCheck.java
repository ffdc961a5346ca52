package uk.mljobs.job;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.mljobs.account.AccountView;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;
import uk.mljobs.shared.Choices;
import uk.mljobs.shared.Pounds;
import uk.mljobs.shared.Text;
import uk.mljobs.shared.UkTime;

/**
 * Turns a posting form that passed its own constraints ({@link PostingForm}) into a
 * posting's content: checks what needs the database (the recruiter may post; the role,
 * level, town, company and tools exist) and today's date (the closing date), and resolves
 * slugs to ids. Every problem goes into the caller's {@link Errors}, so the form shows
 * them all at once.
 */
@Component
class PostingFormCheck {

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	private final DescriptionRenderer renderer;

	private final Clock clock;

	PostingFormCheck(Market market, CompanyDirectory companies, RoleGuides guides, DescriptionRenderer renderer,
			Clock clock) {
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.renderer = renderer;
		this.clock = clock;
	}

	private LocalDate today() {
		return UkTime.today(this.clock);
	}

	/** The content, or null with the problems in {@code errors}. */
	PostingContent check(PostingForm form, AccountView recruiter, Errors errors) {
		if (!recruiter.canPost()) {
			errors.reject("company.pending", "You can post once an admin has approved your company.");
			return null;
		}
		RoleView role = this.market.role(form.role()).orElse(null);
		if (role == null) {
			errors.rejectValue("role", "role.unknown", "Choose a role from the list.");
		}
		LevelView level = (role == null) ? null
				: this.market.levels(role.id())
					.stream()
					.filter((l) -> l.slug().equals(form.level()))
					.findFirst()
					.orElse(null);
		if (role != null && level == null) {
			errors.rejectValue("level", "level.unknown", "Choose a level of the " + role.title() + " role.");
		}
		TownView town = this.market.towns()
			.stream()
			.filter((t) -> t.slug().equals(form.town()) && t.regionId() != null)
			.findFirst()
			.orElse(null);
		if (town == null) {
			errors.rejectValue("town", "town.unknown", "Choose a UK town from the list.");
		}
		CompanyView company = company(form, recruiter, errors);
		Set<Long> tools = tools(form, errors);
		LocalDate closesOn = closesOn(form, errors);
		if (errors.hasErrors()) {
			return null;
		}
		WorkMode workMode = Choices.constant(WorkMode.class, form.workMode()).orElseThrow();
		EmploymentType type = Choices.constant(EmploymentType.class, form.employmentType()).orElseThrow();
		String residency = null;
		if (workMode == WorkMode.REMOTE) {
			residency = (form.remoteResidency() == null || form.remoteResidency().isBlank()) ? "UK"
					: form.remoteResidency().strip();
		}
		Ir35 ir35 = (type == EmploymentType.CONTRACT) ? Choices.constant(Ir35.class, form.ir35()).orElseThrow() : null;
		HowToApply apply = HowToApply.read(form.howToApply()).orElseThrow();
		return new PostingContent(company.id(), Text.oneLine(form.title()), role.id(), level.id(), town.regionId(),
				town.id(), workMode, residency, type, Pounds.parse(form.payMin()).getAsInt(),
				Pounds.parse(form.payMax()).getAsInt(), ir35,
				Choices.constant(Clearance.class, form.clearance()).orElseThrow(),
				Boolean.parseBoolean(form.visaSponsorship()), tools, Tags.read(form.tags()), form.description(),
				this.renderer.render(form.description()), apply.url(), apply.email(), closesOn);
	}

	private CompanyView company(PostingForm form, AccountView recruiter, Errors errors) {
		if (!recruiter.agency() || form.company() == null || form.company().isBlank()) {
			return this.companies.company(recruiter.companyId()).orElseThrow();
		}
		Optional<CompanyView> client = this.companies.company(form.company());
		if (client.isEmpty()) {
			errors.rejectValue("company", "company.unknown", "Choose the hiring company from the list.");
		}
		return client.orElse(null);
	}

	private Set<Long> tools(PostingForm form, Errors errors) {
		Map<String, ToolView> bySlug = this.guides.catalogue()
			.stream()
			.collect(Collectors.toMap(ToolView::slug, Function.identity()));
		Set<Long> ids = new LinkedHashSet<>();
		for (String slug : form.toolSlugs()) {
			ToolView tool = bySlug.get(slug);
			if (tool == null) {
				errors.rejectValue("tools", "tools.unknown",
						"Pick tools from the list; add others under Other skills.");
				return Set.of();
			}
			ids.add(tool.id());
		}
		return ids;
	}

	/**
	 * The closing date, from tomorrow to {@link PostingService#MAX_DAYS_OPEN} days away.
	 */
	private LocalDate closesOn(PostingForm form, Errors errors) {
		LocalDate today = today();
		if (form.closesOn() == null || form.closesOn().isBlank()) {
			return today.plusDays(PostingService.DEFAULT_DAYS_OPEN);
		}
		LocalDate closesOn = LocalDate.parse(form.closesOn().strip());
		LocalDate latest = today.plusDays(PostingService.MAX_DAYS_OPEN);
		if (!closesOn.isAfter(today)) {
			errors.rejectValue("closesOn", "closes.past", "Choose a closing date after today.");
		}
		else if (closesOn.isAfter(latest)) {
			errors.rejectValue("closesOn", "closes.far",
					"Choose a closing date at most " + PostingService.MAX_DAYS_OPEN + " days from today (by "
							+ latest.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)) + ").");
		}
		return closesOn;
	}

}
