package uk.mljobs.job;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
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
import uk.mljobs.market.LevelView;
import uk.mljobs.market.Market;
import uk.mljobs.market.RoleView;
import uk.mljobs.market.TownView;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.roleguide.RoleGuides;
import uk.mljobs.roleguide.ToolView;
import uk.mljobs.shared.NotFoundException;

/**
 * Postings from form to page: runs the lifecycle of what recruiters submit (checked by
 * {@link PostingFormCheck}) and hands postings to {@link PostingLayout} for each
 * audience. A recruiter only ever reaches their own postings; anything else is "not
 * found", so ids reveal nothing.
 */
@Service
@Transactional(readOnly = true)
public class PostingService {

	private static final Logger log = LoggerFactory.getLogger(PostingService.class);

	static final int DEFAULT_DAYS_OPEN = 30;

	static final int MAX_DAYS_OPEN = 90;

	/**
	 * The error code of a form whose idempotency key cannot be used: it needs a new one.
	 */
	static final String STALE_FORM = "form.stale";

	private final Postings postings;

	private final Market market;

	private final CompanyDirectory companies;

	private final RoleGuides guides;

	private final AccountService accounts;

	private final ModerationLog moderationLog;

	private final PostingFormCheck check;

	private final PostingLayout layout;

	private final PostingNotices notices;

	private final SearchIndex searchIndex;

	private final TransactionTemplate writes;

	private final Clock clock;

	private final PostingVersions versions;

	PostingService(Postings postings, Market market, CompanyDirectory companies, RoleGuides guides,
			AccountService accounts, ModerationLog moderationLog, PostingFormCheck check, PostingLayout layout,
			PostingNotices notices, SearchIndex searchIndex, PlatformTransactionManager transactions, Clock clock,
			PostingVersions versions) {
		this.versions = versions;
		this.notices = notices;
		this.postings = postings;
		this.market = market;
		this.companies = companies;
		this.guides = guides;
		this.accounts = accounts;
		this.moderationLog = moderationLog;
		this.check = check;
		this.layout = layout;
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
		UUID key = PostingFormCheck.uuid(form.idempotencyKey());
		if (key == null || usedByAnother(recruiterId, key)) {
			// A key someone else's posting holds (copied from their page source, or
			// guessed) is no way to reach that posting: the form is simply stale.
			errors.reject(STALE_FORM, "This form has expired. Open a new one and try again.");
			return Optional.empty();
		}
		Optional<Long> earlier = earlierSubmit(recruiterId, key);
		if (earlier.isPresent()) {
			return earlier;
		}
		AccountView recruiter = recruiter(recruiterId);
		PostingContent content = this.check.check(form, recruiter, errors);
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
			Optional<Long> raced = earlierSubmit(recruiterId, key);
			if (raced.isPresent()) {
				return raced;
			}
			if (usedByAnother(recruiterId, key)) {
				errors.reject(STALE_FORM, "This form has expired. Open a new one and try again.");
				return Optional.empty();
			}
			throw ex;
		}
	}

	/** Applies an edit; returns whether a published posting went back to review. */
	@Transactional
	public Optional<Boolean> update(long id, long recruiterId, PostingForm form, Errors errors) {
		Posting posting = own(id, recruiterId);
		if (!String.valueOf(posting.version()).equals(form.version())) {
			throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Posting.class, id);
		}
		PostingContent content = this.check.check(form, recruiter(recruiterId), errors);
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
		Posting posting = own(id, recruiterId);
		AccountView recruiter = recruiter(recruiterId);
		if (!recruiter.emailVerified()) {
			throw new PostingStateException("Confirm your email address first: open the link we mailed you, "
					+ "or send a new one from your account page. Your draft is saved.");
		}
		if (!recruiter.employerConfirmed()) {
			throw new PostingStateException("An admin needs to confirm that you recruit for this company first, "
					+ "because your address is not on its own email domain. They have been asked; we will mail you. "
					+ "Your draft is saved.");
		}
		posting.submit(this.clock.instant());
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
		return this.layout.summaries(this.postings.findByRecruiterIdOrderByUpdatedAtDescIdDesc(recruiterId));
	}

	public PostingPage preview(long id, long recruiterId) {
		return this.layout.page(own(id, recruiterId));
	}

	// ---- admin ----------------------------------------------------------------------

	public PostingPage forReview(long id) {
		return this.layout
			.page(this.postings.findById(id).orElseThrow(() -> NotFoundException.of("posting", String.valueOf(id))));
	}

	@Transactional
	public void approve(long id, long adminId) {
		Posting posting = existing(id);
		posting.approve(this.clock.instant());
		this.versions.approved(posting);
		this.moderationLog.record(DecisionSubject.POSTING, id, posting.title(), DecisionAction.APPROVE, null, adminId);
		this.notices.approved(posting);
	}

	@Transactional
	public void reject(long id, long adminId, String reason) {
		Posting posting = existing(id);
		posting.reject(reason.strip(), this.clock.instant());
		this.moderationLog.record(DecisionSubject.POSTING, id, posting.title(), DecisionAction.REJECT, reason.strip(),
				adminId);
		this.notices.rejected(posting, reason.strip());
	}

	// ---- public ---------------------------------------------------------------------

	/** A posting seekers may read: live, or ended and marked as such. */
	public Optional<PostingPage> publicPage(long id) {
		return this.postings.findById(id).filter((posting) -> posting.status().isPublic()).map(this.layout::page);
	}

	@Transactional
	public void countView(long id) {
		this.postings.countView(id);
	}

	// ---- housekeeping ---------------------------------------------------------------

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

	// ---- helpers --------------------------------------------------------------------

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

	private boolean usedByAnother(long recruiterId, UUID key) {
		return this.postings.findByIdempotencyKey(key)
			.filter((posting) -> !Objects.equals(posting.recruiterId(), recruiterId))
			.isPresent();
	}

	private Optional<Long> earlierSubmit(long recruiterId, UUID key) {
		return this.postings.findByIdempotencyKey(key)
			.filter((posting) -> Objects.equals(posting.recruiterId(), recruiterId))
			.map(Posting::id);
	}

	private Map<Long, ToolView> toolsById() {
		return this.guides.catalogue().stream().collect(Collectors.toMap(ToolView::id, Function.identity()));
	}

}
