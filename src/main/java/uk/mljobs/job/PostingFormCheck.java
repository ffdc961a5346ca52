package uk.mljobs.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
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
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.Text;

/**
 * Turns what a recruiter typed into a posting's content: resolves slugs, reads pounds and
 * dates, and checks the rules a single field cannot (pay for its unit, min against max,
 * closing date, how to apply). Every problem goes into the caller's {@link Errors}, so
 * the form shows them all at once.
 */
@Component
class PostingFormCheck {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	private final DescriptionRenderer renderer;

	private final PostingProperties rules;

	private final Clock clock;

	PostingFormCheck(Market market, CompanyDirectory companies, RoleGuides guides, DescriptionRenderer renderer,
			PostingProperties rules, Clock clock) {
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.renderer = renderer;
		this.rules = rules;
		this.clock = clock;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
	}

	/**
	 * Resolves slugs and checks the rules a single field cannot (pay for its unit, min
	 * against max, closing date, how to apply). Returns null when there are errors.
	 */
	PostingContent check(PostingForm form, AccountView recruiter, Errors errors) {
		if (!recruiter.canPost()) {
			errors.reject("company.pending", "You can post once an admin has approved your company.");
			return null;
		}
		// Lengths as the database counts them: characters (not UTF-16 units), after
		// trimming.
		String title = Text.oneLine(form.title());
		if (!errors.hasFieldErrors("title") && outside(title, 3, 120)) {
			errors.rejectValue("title", "title.length", "Use 3 to 120 characters.");
		}
		if (!errors.hasFieldErrors("description") && outside(form.description(), 50, 20_000)) {
			errors.rejectValue("description", "description.length", "Write between 50 and 20,000 characters.");
		}
		RoleView role = (form.role() == null) ? null : this.market.role(form.role()).orElse(null);
		if (role == null && !errors.hasFieldErrors("role")) {
			errors.rejectValue("role", "role.unknown", "Choose a role from the list.");
		}
		LevelView level = (role == null) ? null
				: this.market.levels(role.id())
					.stream()
					.filter((l) -> l.slug().equals(form.level()))
					.findFirst()
					.orElse(null);
		if (role != null && level == null && !errors.hasFieldErrors("level")) {
			errors.rejectValue("level", "level.unknown", "Choose a level of the " + role.title() + " role.");
		}
		TownView town = this.market.towns()
			.stream()
			.filter((t) -> t.slug().equals(form.town()) && t.regionId() != null)
			.findFirst()
			.orElse(null);
		if (town == null && !errors.hasFieldErrors("town")) {
			errors.rejectValue("town", "town.unknown", "Choose a UK town from the list.");
		}
		CompanyView company = company(form, recruiter, errors);
		WorkMode workMode = choice(WorkMode.class, form.workMode(), "workMode", "Choose a work mode.", errors);
		EmploymentType type = choice(EmploymentType.class, form.employmentType(), "employmentType",
				"Choose an employment type.", errors);
		Clearance clearance = choice(Clearance.class, form.clearance(), "clearance", "Choose a clearance level.",
				errors);
		Boolean visa = "true".equals(form.visaSponsorship()) ? Boolean.TRUE
				: "false".equals(form.visaSponsorship()) ? Boolean.FALSE : null;
		if (visa == null && !errors.hasFieldErrors("visaSponsorship")) {
			errors.rejectValue("visaSponsorship", "visa.invalid", "Say whether you sponsor visas.");
		}
		Integer payMin = pounds(form.payMin(), "payMin", errors);
		Integer payMax = pounds(form.payMax(), "payMax", errors);
		String residency = null;
		if (workMode == WorkMode.REMOTE) {
			residency = (form.remoteResidency() == null || form.remoteResidency().isBlank()) ? "UK"
					: form.remoteResidency().strip();
		}
		checkPay(type, payMin, payMax, errors);
		Ir35 ir35 = null;
		if (type == EmploymentType.CONTRACT) {
			ir35 = (form.ir35() == null || form.ir35().isBlank()) ? null
					: choice(Ir35.class, form.ir35(), "ir35", "Choose an IR35 status.", errors);
			if (ir35 == null && !errors.hasFieldErrors("ir35")) {
				errors.rejectValue("ir35", "ir35.missing", "Contracts must state their IR35 status.");
			}
		}
		Set<Long> tools = tools(form, errors);
		Set<String> tags = tags(form.tags(), errors);
		String applyUrl = null;
		String applyEmail = null;
		String apply = (form.howToApply() != null) ? form.howToApply().strip() : "";
		if (!apply.isEmpty()) {
			if (apply.regionMatches(true, 0, "http", 0, 4)) {
				applyUrl = webAddress(apply);
				if (applyUrl == null) {
					errors.rejectValue("howToApply", "apply.url",
							"Enter a full web address starting with https://, with no spaces.");
				}
			}
			else if (EMAIL.matcher(apply).matches() && apply.length() <= 254) {
				applyEmail = apply;
			}
			else {
				errors.rejectValue("howToApply", "apply.invalid",
						"Enter a web address starting with https:// or an email address.");
			}
		}
		LocalDate closesOn = date(form.closesOn(), errors);
		if (closesOn == null) {
			closesOn = today().plusDays(PostingService.DEFAULT_DAYS_OPEN);
		}
		if (errors.hasFieldErrors("closesOn")) {
			// already explained
		}
		else if (!closesOn.isAfter(today())) {
			errors.rejectValue("closesOn", "closes.past", "Choose a closing date after today.");
		}
		else if (closesOn.isAfter(today().plusDays(PostingService.MAX_DAYS_OPEN))) {
			errors
				.rejectValue("closesOn", "closes.far",
						"Choose a closing date at most " + PostingService.MAX_DAYS_OPEN + " days from today (by "
								+ today().plusDays(PostingService.MAX_DAYS_OPEN)
									.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
								+ ").");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new PostingContent(company.id(), title, role.id(), level.id(), town.regionId(), town.id(), workMode,
				residency, type, payMin, payMax, ir35, clearance, visa, tools, tags, form.description(),
				this.renderer.render(form.description()), applyUrl, applyEmail, closesOn);
	}

	private static boolean outside(String text, int min, int max) {
		int length = (text != null) ? text.codePointCount(0, text.length()) : 0;
		return length < min || length > max;
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

	private void checkPay(EmploymentType type, Integer payMin, Integer payMax, Errors errors) {
		if (payMin == null || payMax == null || type == null) {
			return;
		}
		boolean perDay = type == EmploymentType.CONTRACT;
		int floor = perDay ? 100 : 10_000;
		int ceiling = perDay ? 5_000 : 1_000_000;
		String what = perDay ? "A day rate" : "An annual salary";
		String range = Gbp.format(floor) + " and " + Gbp.format(ceiling) + (perDay ? " a day" : " a year");
		if (payMin < floor || payMin > ceiling) {
			errors.rejectValue("payMin", "pay.range", what + " must be between " + range + ".");
		}
		if (payMax < floor || payMax > ceiling) {
			errors.rejectValue("payMax", "pay.range", what + " must be between " + range + ".");
		}
		if (payMin > payMax) {
			errors.rejectValue("payMax", "pay.order", "The highest pay must be at least the lowest.");
		}
		else if (payMax > this.rules.widestMaxFor(payMin) && !errors.hasFieldErrors("payMin")) {
			errors.rejectValue("payMax", "pay.wide",
					"The highest pay may be at most " + this.rules.ratioText() + " times the lowest: up to "
							+ Gbp.format(this.rules.widestMaxFor(payMin)) + " for a lowest of " + Gbp.format(payMin)
							+ ". Narrow the range to what you will pay.");
		}
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
			Errors errors) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(value)) {
				return constant;
			}
		}
		if (!errors.hasFieldErrors(field)) {
			errors.rejectValue(field, field + ".invalid", message);
		}
		return null;
	}

	/** Whole pounds; "£65,000" and "65 000" are read as 65000. */
	private static Integer pounds(String text, String field, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String digits = text.strip().replaceFirst("^£", "").replaceAll("[,\\s]", "");
		if (!digits.matches("\\d{1,9}")) {
			errors.rejectValue(field, "pay.number", "Enter a whole number of pounds, like 65000.");
			return null;
		}
		return Integer.valueOf(digits);
	}

	private static LocalDate date(String text, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			errors.rejectValue("closesOn", "closes.invalid", "Enter the date as year-month-day, like 2026-12-31.");
			return null;
		}
	}

	static UUID uuid(String text) {
		try {
			return (text != null) ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Set<Long> tools(PostingForm form, Errors errors) {
		Map<String, ToolView> bySlug = this.guides.catalogue()
			.stream()
			.collect(Collectors.toMap(ToolView::slug, Function.identity()));
		Set<Long> ids = new LinkedHashSet<>();
		for (String slug : form.toolSlugs()) {
			ToolView tool = bySlug.get(slug);
			if (tool == null) {
				errors.rejectValue("tools", "tools.unknown", "Pick tools from the list; add others as tags.");
				return Set.of();
			}
			ids.add(tool.id());
		}
		return ids;
	}

	private static Set<String> tags(String text, Errors errors) {
		Set<String> tags = new LinkedHashSet<>();
		if (text == null || text.isBlank()) {
			return tags;
		}
		for (String part : text.split(",")) {
			String tag = Text.fold(part).strip().replaceAll("\\s+", " ");
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.length() > 40) {
				errors.rejectValue("tags", "tags.long", "Keep each tag to 40 characters.");
				return Set.of();
			}
			tags.add(tag);
		}
		if (tags.size() > PostingService.MAX_TAGS) {
			errors.rejectValue("tags", "tags.many", "Use at most " + PostingService.MAX_TAGS + " tags.");
			return Set.of();
		}
		return tags;
	}

	/**
	 * An http(s) address with a host and nothing a browser would misread, its scheme and
	 * host in lower case ("HTTPS://Jobs.Example.com/A" is "https://jobs.example.com/A");
	 * else null.
	 */
	private static String webAddress(String text) {
		if (text.length() > 500 || text.chars().anyMatch((c) -> Character.isWhitespace(c) || c < 0x20)) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
					&& uri.getUserInfo() == null) {
				String authority = uri.getRawAuthority();
				int hostStart = text.indexOf(authority, scheme.length());
				return scheme + text.substring(scheme.length(), hostStart) + authority.toLowerCase(Locale.ROOT)
						+ text.substring(hostStart + authority.length());
			}
			return null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
