package uk.mljobs.job;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

import uk.mljobs.account.AccountDeleted;
import uk.mljobs.account.AccountDisabled;
import uk.mljobs.account.AccountService;
import uk.mljobs.account.AccountView;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.job.PostingContent.PayUnit;
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RegionView;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;
import uk.mljobs.salary.PayBenchmark;
import uk.mljobs.salary.Salaries;
import uk.mljobs.shared.Gbp;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Slugs;

/**
 * Postings from form to page: checks and resolves what recruiters submit, runs the
 * lifecycle, and lays postings out for each audience. A recruiter only ever reaches their
 * own postings; anything else is "not found", so ids reveal nothing.
 */
@Service
@Transactional(readOnly = true)
public class PostingService {

	private static final Logger log = LoggerFactory.getLogger(PostingService.class);

	static final int DEFAULT_DAYS_OPEN = 30;

	static final int MAX_DAYS_OPEN = 90;

	static final int PAGE_SIZE = 20;

	static final int MAX_TAGS = 15;

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final Postings postings;

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	private final Salaries salaries;

	private final AccountService accounts;

	private final ModerationLog moderationLog;

	private final DescriptionRenderer renderer;

	private final SearchIndex searchIndex;

	private final TransactionTemplate writes;

	private final Clock clock;

	PostingService(Postings postings, Market market, CompanyDirectory companies, RoleGuides guides, Salaries salaries,
			AccountService accounts, ModerationLog moderationLog, DescriptionRenderer renderer, SearchIndex searchIndex,
			PlatformTransactionManager transactions, Clock clock) {
		this.postings = postings;
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.salaries = salaries;
		this.accounts = accounts;
		this.moderationLog = moderationLog;
		this.renderer = renderer;
		this.searchIndex = searchIndex;
		this.writes = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Europe/London")));
	}

	PostingForm blankForm() {
		return PostingForm.blank(today().plusDays(DEFAULT_DAYS_OPEN));
	}

	// ---- recruiter ------------------------------------------------------------------

	/**
	 * Saves a new draft. The form's idempotency key makes a retried or doubled submit
	 * return the posting the first one made. Returns empty, with field errors, when the
	 * form cannot be accepted.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Long> create(long recruiterId, PostingForm form, Errors errors) {
		UUID key = uuid(form.idempotencyKey());
		if (key == null) {
			errors.reject("form.stale", "This form has expired. Open a new one and try again.");
			return Optional.empty();
		}
		Optional<Long> earlier = earlierSubmit(recruiterId, key);
		if (earlier.isPresent()) {
			return earlier;
		}
		AccountView recruiter = recruiter(recruiterId);
		PostingContent content = check(form, recruiter, errors);
		if (content == null) {
			return Optional.empty();
		}
		try {
			Long id = this.writes.execute((status) -> {
				long saved = this.postings
					.saveAndFlush(new Posting(key, recruiterId, recruiter.agency(), content, this.clock.instant()))
					.id();
				this.searchIndex.refresh(List.of(saved));
				return saved;
			});
			log.info("Account {} created posting {}", recruiterId, id);
			return Optional.of(id);
		}
		catch (DataIntegrityViolationException ex) {
			// A concurrent submit with the same key got there first; return its posting.
			return Optional.of(earlierSubmit(recruiterId, key).orElseThrow(() -> ex));
		}
	}

	/** Applies an edit; returns whether a published posting went back to review. */
	@Transactional
	public Optional<Boolean> update(long id, long recruiterId, PostingForm form, Errors errors) {
		Posting posting = own(id, recruiterId);
		if (!String.valueOf(posting.version()).equals(form.version())) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Posting.class, id);
		}
		PostingContent content = check(form, recruiter(recruiterId), errors);
		if (content == null) {
			return Optional.empty();
		}
		boolean backToReview = posting.edit(content, this.clock.instant());
		this.postings.flush();
		this.searchIndex.refresh(List.of(id));
		log.info("Account {} edited posting {}{}", recruiterId, id, backToReview ? " (back to review)" : "");
		return Optional.of(backToReview);
	}

	@Transactional
	public void submit(long id, long recruiterId) {
		own(id, recruiterId).submit(this.clock.instant());
		log.info("Account {} submitted posting {}", recruiterId, id);
	}

	@Transactional
	public void end(long id, long recruiterId, PostingStatus outcome) {
		own(id, recruiterId).end(outcome, this.clock.instant());
		log.info("Account {} ended posting {} as {}", recruiterId, id, outcome);
	}

	@Transactional
	public void repost(long id, long recruiterId) {
		own(id, recruiterId).repost(today().plusDays(DEFAULT_DAYS_OPEN), this.clock.instant());
		log.info("Account {} reposted posting {}", recruiterId, id);
	}

	@Transactional
	public void delete(long id, long recruiterId) {
		Posting posting = own(id, recruiterId);
		if (!posting.deletable()) {
			throw new PostingStateException("A posting seekers have seen cannot be deleted; close it instead.");
		}
		this.postings.delete(posting);
		log.info("Account {} deleted draft posting {}", recruiterId, id);
	}

	/** Throws "not found" unless the posting is the recruiter's. */
	public void requireOwner(long id, long recruiterId) {
		own(id, recruiterId);
	}

	public PostingForm formOf(long id, long recruiterId) {
		Posting posting = own(id, recruiterId);
		RoleView role = this.market.roles()
			.stream()
			.filter((r) -> r.id() == posting.roleId())
			.findFirst()
			.orElseThrow();
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
		Map<Long, ToolView> tools = toolsById();
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

	public List<PostingSummary> mine(long recruiterId) {
		return summaries(this.postings.findByRecruiterIdOrderByUpdatedAtDescIdDesc(recruiterId));
	}

	public PostingPage preview(long id, long recruiterId) {
		return page(own(id, recruiterId));
	}

	// ---- admin ----------------------------------------------------------------------

	public List<PostingSummary> reviewQueue() {
		return summaries(this.postings.findByStatusOrderBySubmittedAtAscIdAsc(PostingStatus.SUBMITTED));
	}

	public PostingPage forReview(long id) {
		return page(this.postings.findById(id).orElseThrow(() -> NotFoundException.of("posting", String.valueOf(id))));
	}

	@Transactional
	public void approve(long id, long adminId) {
		Posting posting = existing(id);
		posting.approve(this.clock.instant());
		this.moderationLog.record(DecisionSubject.POSTING, id, posting.title(), DecisionAction.APPROVE, null, adminId);
	}

	@Transactional
	public void reject(long id, long adminId, String reason) {
		Posting posting = existing(id);
		posting.reject(reason.strip(), this.clock.instant());
		this.moderationLog.record(DecisionSubject.POSTING, id, posting.title(), DecisionAction.REJECT, reason.strip(),
				adminId);
	}

	// ---- public ---------------------------------------------------------------------

	/** A posting seekers may read: live, or ended and marked as such. */
	public Optional<PostingPage> publicPage(long id) {
		return this.postings.findById(id).filter((posting) -> posting.status().isPublic()).map(this::page);
	}

	@Transactional
	public void countView(long id) {
		this.postings.countView(id);
	}

	// ---- housekeeping ---------------------------------------------------------------

	/** Expires every published posting whose closing date has passed. */
	@Transactional
	public int expireDue() {
		int expired = this.postings.expireClosedBefore(today(), this.clock.instant());
		if (expired > 0) {
			log.info("Expired {} postings past their closing date", expired);
		}
		return expired;
	}

	/** The account is going: its seen postings close, the rest are deleted. */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onAccountDeleted(AccountDeleted deleted) {
		for (Posting posting : this.postings.findByRecruiterIdOrderByUpdatedAtDescIdDesc(deleted.accountId())) {
			if (posting.deletable()) {
				this.postings.delete(posting);
			}
			else if (!posting.status().isEnded()) {
				posting.end(PostingStatus.CLOSED, this.clock.instant());
			}
		}
		this.postings.flush();
	}

	/**
	 * An admin disabled the account: its live postings close, and postings waiting for
	 * their first review go back to drafts, out of the queue. Drafts stay, should the
	 * account be enabled again.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void onAccountDisabled(AccountDisabled disabled) {
		Instant now = this.clock.instant();
		for (Posting posting : this.postings.findByRecruiterIdOrderByUpdatedAtDescIdDesc(disabled.accountId())) {
			if (posting.status() == PostingStatus.PUBLISHED
					|| (posting.status() == PostingStatus.SUBMITTED && !posting.deletable())) {
				posting.end(PostingStatus.CLOSED, now);
			}
			else if (posting.status() == PostingStatus.SUBMITTED) {
				posting.withdraw(now);
			}
		}
		this.postings.flush();
	}

	// ---- checking the form ----------------------------------------------------------

	/**
	 * Resolves slugs and checks the rules a single field cannot (pay for its unit, min
	 * against max, closing date, how to apply). Returns null when there are errors.
	 */
	private PostingContent check(PostingForm form, AccountView recruiter, Errors errors) {
		if (!recruiter.canPost()) {
			errors.reject("company.pending", "You can post once an admin has approved your company.");
			return null;
		}
		// Lengths as the database counts them: characters (not UTF-16 units), after
		// trimming.
		String title = (form.title() != null) ? form.title().strip() : "";
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
			closesOn = today().plusDays(DEFAULT_DAYS_OPEN);
		}
		if (errors.hasFieldErrors("closesOn")) {
			// already explained
		}
		else if (!closesOn.isAfter(today())) {
			errors.rejectValue("closesOn", "closes.past", "Choose a closing date after today.");
		}
		else if (closesOn.isAfter(today().plusDays(MAX_DAYS_OPEN))) {
			errors
				.rejectValue("closesOn", "closes.far",
						"Choose a closing date at most " + MAX_DAYS_OPEN + " days from today (by "
								+ today().plusDays(MAX_DAYS_OPEN)
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

	private static void checkPay(EmploymentType type, Integer payMin, Integer payMax, Errors errors) {
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

	private static UUID uuid(String text) {
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
			String tag = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			if (tag.isEmpty()) {
				continue;
			}
			if (tag.length() > 40) {
				errors.rejectValue("tags", "tags.long", "Keep each tag to 40 characters.");
				return Set.of();
			}
			tags.add(tag);
		}
		if (tags.size() > MAX_TAGS) {
			errors.rejectValue("tags", "tags.many", "Use at most " + MAX_TAGS + " tags.");
			return Set.of();
		}
		return tags;
	}

	/** An http(s) address with a host and nothing a browser would misread; else null. */
	private static String webAddress(String text) {
		if (text.length() > 500 || text.chars().anyMatch((c) -> Character.isWhitespace(c) || c < 0x20)) {
			return null;
		}
		try {
			URI uri = new URI(text);
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
					&& uri.getUserInfo() == null) {
				return text;
			}
			return null;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	// ---- laying out ------------------------------------------------------------------

	private Posting own(long id, long recruiterId) {
		return this.postings.findById(id)
			.filter((posting) -> Objects.equals(posting.recruiterId(), recruiterId))
			.orElseThrow(() -> NotFoundException.of("posting", String.valueOf(id)));
	}

	private Posting existing(long id) {
		return this.postings.findById(id).orElseThrow(() -> NotFoundException.of("posting", String.valueOf(id)));
	}

	private AccountView recruiter(long id) {
		return this.accounts.account(id).orElseThrow(() -> NotFoundException.of("account", String.valueOf(id)));
	}

	private Optional<Long> earlierSubmit(long recruiterId, UUID key) {
		return this.postings.findByIdempotencyKey(key)
			.filter((posting) -> Objects.equals(posting.recruiterId(), recruiterId))
			.map(Posting::id);
	}

	private Map<Long, ToolView> toolsById() {
		return this.guides.catalogue().stream().collect(Collectors.toMap(ToolView::id, Function.identity()));
	}

	/** Summaries of postings already loaded (search results), in the given order. */
	List<PostingSummary> summariesOf(List<Posting> list) {
		return summaries(list);
	}

	private List<PostingSummary> summaries(List<Posting> list) {
		Map<Long, TownView> towns = this.market.towns()
			.stream()
			.collect(Collectors.toMap(TownView::id, Function.identity()));
		Map<Long, RegionView> regions = this.market.regions()
			.stream()
			.collect(Collectors.toMap(RegionView::id, Function.identity()));
		Map<Long, String> companyNames = this.companies.companies(null, null)
			.stream()
			.collect(Collectors.toMap(CompanyView::id, CompanyView::name));
		LocalDate today = today();
		List<PostingSummary> summaries = new ArrayList<>(list.size());
		for (Posting posting : list) {
			Long daysLeft = (posting.status() == PostingStatus.PUBLISHED)
					? Math.max(0, ChronoUnit.DAYS.between(today, posting.closesOn())) : null;
			summaries.add(new PostingSummary(posting.id(), posting.title(), path(posting),
					companyNames.getOrDefault(posting.companyId(), "Unlisted company"),
					towns.get(posting.townId()).name(), regions.get(posting.regionId()).name(), posting.workMode(),
					posting.employmentType(), pay(posting), posting.status(), posting.rejectionReason(),
					posting.closesOn(), daysLeft, posting.views(), posting.sample(), posting.submittedAt(),
					posting.publishedAt()));
		}
		return summaries;
	}

	private PostingPage page(Posting posting) {
		RoleView role = this.market.roles()
			.stream()
			.filter((r) -> r.id() == posting.roleId())
			.findFirst()
			.orElseThrow();
		LevelView level = this.market.levels(role.id())
			.stream()
			.filter((l) -> l.id() == posting.levelId())
			.findFirst()
			.orElseThrow();
		RegionView region = this.market.regions()
			.stream()
			.filter((r) -> r.id() == posting.regionId())
			.findFirst()
			.orElseThrow();
		TownView town = this.market.towns()
			.stream()
			.filter((t) -> t.id() == posting.townId())
			.findFirst()
			.orElseThrow();
		CompanyView company = this.companies.company(posting.companyId()).orElseThrow();
		Map<Long, ToolView> tools = toolsById();
		boolean perDay = posting.payUnit() == PayUnit.DAY;
		Optional<PayBenchmark> benchmark = perDay ? this.salaries.dayRateBenchmark(role.id(), region.id())
				: this.salaries.annualBenchmark(role.id(), level.id(), region.id(), level.title(), region.name());
		boolean accepting = posting.status() == PostingStatus.PUBLISHED && !posting.closesOn().isBefore(today());
		String applyHref = (posting.applyUrl() != null) ? posting.applyUrl() : "mailto:" + posting.applyEmail();
		return new PostingPage(posting.id(), posting.title(), slug(posting), path(posting), posting.status(),
				posting.rejectionReason(), company, role, level, region, town, posting.workMode(),
				posting.remoteResidency(), posting.employmentType(), pay(posting), perDay, posting.payMin(),
				posting.payMax(), posting.ir35(), posting.clearance(), posting.visaSponsorship(),
				posting.toolIds()
					.stream()
					.map(tools::get)
					.filter(Objects::nonNull)
					.map(ToolView::name)
					.sorted()
					.toList(),
				List.copyOf(posting.tags()), posting.descriptionHtml(), applyHref, posting.applyUrl() == null,
				posting.closesOn(),
				(posting.publishedAt() != null) ? LocalDate.ofInstant(posting.publishedAt(), ZoneId.of("Europe/London"))
						: null,
				accepting, posting.sample(), posting.views(), posting.version(), benchmark.orElse(null),
				benchmark.map((b) -> b.position(posting.payMin(), posting.payMax())).orElse(null));
	}

	static String slug(Posting posting) {
		return slug(posting.title());
	}

	private static String slug(String title) {
		String slug = Slugs.of(title, 80);
		return slug.isEmpty() ? "job" : slug;
	}

	static String path(Posting posting) {
		return path(posting.id(), posting.title());
	}

	static String path(long id, String title) {
		return "/jobs/" + id + "/" + slug(title);
	}

	private static String pay(Posting posting) {
		return pay(posting.payUnit(), posting.payMin(), posting.payMax());
	}

	static String pay(PayUnit unit, int min, int max) {
		String range = Gbp.format(min) + "–" + Gbp.format(max);
		return (unit == PayUnit.DAY) ? range + " a day" : range + " a year";
	}

}
