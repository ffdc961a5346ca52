package uk.mljobs.job;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.Errors;

import uk.mljobs.account.AccountService;
import uk.mljobs.account.AccountView;
import uk.mljobs.market.Market;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.UkTime;

/**
 * A recruiter's own postings: saving the form (checked by {@link PostingFormCheck}),
 * submitting, ending, reposting and deleting, and reading them back as a list, a preview
 * or the form again. A recruiter only ever reaches their own postings; anything else is
 * "not found", so ids reveal nothing. Admins decide on postings through
 * {@link PostingModeration}; seekers read them through {@link PublicPostings}.
 */
@Service
@Transactional(readOnly = true)
class PostingService {

	private static final Logger log = LoggerFactory.getLogger(PostingService.class);

	static final int DEFAULT_DAYS_OPEN = 30;

	static final int MAX_DAYS_OPEN = 90;

	/**
	 * The error code of a form whose idempotency key cannot be used: it needs a new one.
	 */
	static final String STALE_FORM = "form.stale";

	private final Postings postings;

	private final AccountService accounts;

	private final PostingFormCheck check;

	private final PostingForms forms;

	private final PostingLayout layout;

	private final SearchIndex searchIndex;

	private final TransactionTemplate writes;

	private final Clock clock;

	private final Market market;

	PostingService(Market market, Postings postings, AccountService accounts, PostingFormCheck check,
			PostingForms forms, PostingLayout layout, SearchIndex searchIndex, PlatformTransactionManager transactions,
			Clock clock) {
		this.market = market;
		this.postings = postings;
		this.accounts = accounts;
		this.check = check;
		this.forms = forms;
		this.layout = layout;
		this.searchIndex = searchIndex;
		this.writes = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	LocalDate today() {
		return UkTime.today(this.clock);
	}

	PostingForm blankForm() {
		return PostingForm.blank(today().plusDays(DEFAULT_DAYS_OPEN));
	}

	/**
	 * Saves a new draft. The form's idempotency key makes a retried or doubled submit
	 * return the posting the first one made. Returns empty, with field errors, when the
	 * form cannot be accepted.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public Optional<Long> create(long recruiterId, PostingForm form, Errors errors) {
		UUID key = key(form.idempotencyKey());
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
		if (!this.market.holdPublishedRole(posting.roleId())) {
			throw new PostingStateException("This role's guide was taken off the site, so postings for it cannot "
					+ "be sent for review now. Your draft is saved; choose another role or try again later.");
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
		return this.forms.of(own(id, recruiterId));
	}

	public List<PostingSummary> mine(long recruiterId) {
		return this.layout.summaries(this.postings.findByRecruiterIdOrderByUpdatedAtDescIdDesc(recruiterId));
	}

	public PostingPage preview(long id, long recruiterId) {
		return this.layout.page(own(id, recruiterId));
	}

	/** The form's idempotency key; null if it is not a UUID. */
	private static UUID key(String text) {
		try {
			return (text != null) ? UUID.fromString(text) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Posting own(long id, long recruiterId) {
		return this.postings.findById(id)
			.filter((posting) -> Objects.equals(posting.recruiterId(), recruiterId))
			.orElseThrow(() -> NotFoundException.of("posting", String.valueOf(id)));
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

}
