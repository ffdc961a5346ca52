package uk.mljobs.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.company.CompanyCuration;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyProposalApproved;
import uk.mljobs.company.CompanyView;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.ConflictException;
import uk.mljobs.shared.Emails;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Text;
import uk.mljobs.system.MailOutbox;

/**
 * Signs recruiters up, changes passwords and deletes accounts. Field problems go into the
 * caller's {@link Errors}, so the form can show them beside the fields.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private static final Logger log = LoggerFactory.getLogger(AccountService.class);

	private final Accounts accounts;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final CompanyDirectory companies;

	private final CompanyCuration curation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ModerationLog decisions;

	private final EmailVerification verification;

	private final AccountMails mails;

	private final MailOutbox outbox;

	private final AccountNotices notices;

	private final EmployerStanding standing;

	AccountService(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, CompanyDirectory companies,
			CompanyCuration curation, ApplicationEventPublisher events, Clock clock, ModerationLog decisions,
			EmailVerification verification, AccountMails mails, MailOutbox outbox, AccountNotices notices,
			EmployerStanding standing) {
		this.notices = notices;
		this.standing = standing;
		this.verification = verification;
		this.mails = mails;
		this.outbox = outbox;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.companies = companies;
		this.curation = curation;
		this.events = events;
		this.clock = clock;
		this.decisions = decisions;
	}

	/**
	 * What the recruiter's sign-up had in common with recruiters an admin disabled, for
	 * the moderation queue.
	 */
	public List<String> signals(long accountId) {
		return this.standing.signals(accountId);
	}

	/** The accounts, among {@code ids}, that an admin has disabled. */
	public Set<Long> disabledAmong(Collection<Long> ids) {
		return this.accounts.findByIdInAndEnabledFalse(ids)
			.stream()
			.map(Account::id)
			.collect(java.util.stream.Collectors.toSet());
	}

	public Optional<AccountView> account(long id) {
		return this.accounts.findById(id).map((account) -> account.toView(this.standing.confirmed(account)));
	}

	/**
	 * Creates a recruiter account, proposing their company first when it is not listed,
	 * and mails the link that confirms the address. An address that already has an
	 * account gets a mail saying so instead, and the answer is the same, so the form
	 * never tells anyone which addresses are registered. Returns
	 * {@link Registration#INVALID}, with the reasons in {@code errors}, when the form
	 * cannot be accepted.
	 */
	@Transactional
	Registration register(RegistrationForm form, Errors errors) {
		String email = Emails.normalise(form.email());
		this.policy.problem(form.password(), email)
			.ifPresent((problem) -> errors.rejectValue("password", "password.weak", problem));
		CompanyView company = null;
		if (form.proposesCompany()) {
			if (form.proposedCompanyName() == null || form.proposedCompanyName().isBlank()) {
				errors.rejectValue("proposedCompanyName", "company.name", "Enter the name of your company.");
			}
		}
		else if (!errors.hasFieldErrors("company")) {
			company = this.companies.company(form.company()).orElse(null);
			if (company == null) {
				errors.rejectValue("company", "company.unknown", "Choose a company from the list, or propose one.");
			}
		}
		if (errors.hasErrors()) {
			return Registration.INVALID;
		}
		if (this.accounts.existsByEmail(email)) {
			// As slow as a real sign-up (the hash is most of its time), so the answer's
			// timing does not say the address is registered either.
			this.passwords.encode(form.password());
			this.verification.tellExistingAccount(email);
			return Registration.SENT;
		}
		Long proposalId = form.proposesCompany()
				? this.curation.propose(form.proposedCompanyName(), form.proposedCompanyWebsite()) : null;
		Account account = Account.recruiter(email, this.passwords.encode(form.password()), Text.oneLine(form.name()),
				(company != null) ? company.id() : null, proposalId, form.isAgency(), this.clock.instant());
		try {
			account = this.accounts.saveAndFlush(account);
		}
		catch (DataIntegrityViolationException ex) {
			// Two sign-ups with one email at the same moment: the unique key decides, and
			// the second is answered as any sign-up with a registered address is.
			throw new RegistrationRaceException(ex);
		}
		this.verification.send(account.id());
		this.standing.noteSignals(account);
		log.info("Account {} signed up as recruiter", account.id());
		return Registration.SENT;
	}

	/** How a sign-up went, as far as the person signing up may know. */
	enum Registration {

		/** The form has problems, listed beside its fields. */
		INVALID,
		/**
		 * A mail is on its way: a link to confirm, or a note that the address has an
		 * account.
		 */
		SENT

	}

	/**
	 * Checks the current password and the new one's quality, then stores the new hash.
	 */
	@Transactional
	boolean changePassword(long accountId, PasswordChangeForm form, Errors errors) {
		Account account = existing(accountId);
		if (!this.passwords.matches(form.currentPassword(), account.passwordHash())) {
			errors.rejectValue("currentPassword", "password.wrong", "That is not your current password.");
		}
		this.policy.problem(form.newPassword(), account.email())
			.ifPresent((problem) -> errors.rejectValue("newPassword", "password.weak", problem));
		if (errors.hasErrors()) {
			return false;
		}
		account.changePassword(this.passwords.encode(form.newPassword()), this.clock.instant());
		this.outbox.enqueue(this.mails.passwordChanged("password-changed:" + accountId + ":" + this.clock.millis(),
				account.email(), account.name()));
		log.info("Account {} changed its password", accountId);
		return true;
	}

	/**
	 * Deletes the account after checking its password. Features holding the account's
	 * data hear {@link AccountDeleted} first, in this transaction.
	 */
	@Transactional
	boolean delete(long accountId, AccountDeletionForm form, Errors errors) {
		Account account = existing(accountId);
		if (!this.passwords.matches(form.password(), account.passwordHash())) {
			errors.rejectValue("password", "password.wrong", "The password is not right.");
			return false;
		}
		this.events.publishEvent(new AccountDeleted(accountId, account.email(), account.role()));
		// The admins' log keeps its decisions about the account, not its owner's name.
		this.decisions.relabel(DecisionSubject.ACCOUNT, accountId, "Deleted account " + accountId);
		this.accounts.delete(account);
		log.info("Account {} deleted by its owner", accountId);
		return true;
	}

	/**
	 * Deletes a seeker's account in one step (signed in by a mailed code or a passkey,
	 * there is no password to ask for). Features holding its data hear
	 * {@link AccountDeleted} first, in this transaction.
	 */
	@Transactional
	void deleteSeeker(long accountId) {
		Account account = existing(accountId);
		if (account.role() != AccountRole.SEEKER) {
			throw new IllegalStateException("Only a seeker account is deleted without its password");
		}
		this.events.publishEvent(new AccountDeleted(accountId, account.email(), account.role()));
		this.accounts.delete(account);
		log.info("Seeker account {} deleted by its owner", accountId);
	}

	/** Every recruiter, by name, for the admin users page. */
	@Transactional(readOnly = true)
	List<RecruiterRow> recruiters() {
		return this.accounts.findByRoleOrderByNameAscIdAsc(AccountRole.RECRUITER)
			.stream()
			.map((account) -> new RecruiterRow(account.id(), account.name(), account.email(),
					(account.companyId() != null)
							? this.companies.company(account.companyId()).map(CompanyView::name).orElse(null) : null,
					account.agency(), account.enabled(), account.demo(), account.createdAt(), account.emailVerified()))
			.toList();
	}

	/**
	 * Stops a recruiter's account: it cannot sign in, and its postings that are live or
	 * waiting for review end (features hear {@link AccountDisabled} in this transaction).
	 * @throws ConflictException for an admin account, which is not disabled from here
	 */
	@Transactional
	void disable(long accountId, long adminId, String reason) {
		Account account = existing(accountId);
		if (account.role() != AccountRole.RECRUITER) {
			throw new ConflictException("Only recruiters' accounts can be disabled here.");
		}
		if (!account.enabled()) {
			return;
		}
		account.disable();
		this.notices.disabled(account, reason);
		this.events.publishEvent(new AccountDisabled(accountId));
		this.decisions.record(DecisionSubject.ACCOUNT, accountId, account.name(), DecisionAction.DISABLE, reason,
				adminId);
	}

	@Transactional
	void enable(long accountId, long adminId) {
		Account account = existing(accountId);
		if (!account.enabled()) {
			account.enable();
			this.decisions.record(DecisionSubject.ACCOUNT, accountId, account.name(), DecisionAction.ENABLE, null,
					adminId);
		}
	}

	/**
	 * Demo mode only: makes (once) an account whose password is published in the README.
	 * Returns its id.
	 */
	@Transactional
	public long demoAccount(String email, String name, AccountRole role, String companySlug, String password) {
		return this.accounts.findByEmail(email).map(Account::id).orElseGet(() -> {
			String hash = this.passwords.encode(password);
			Account account = (role == AccountRole.ADMIN) ? Account.admin(email, hash, name, this.clock.instant())
					: Account.recruiter(email, hash, name,
							this.companies.company(companySlug).map(CompanyView::id).orElseThrow(), null, false,
							this.clock.instant());
			if (role == AccountRole.RECRUITER) {
				// The demo's recruiters post for their companies from the demo's domain.
				account.vouch(null, this.clock.instant());
			}
			return this.accounts.save(account.markDemo()).id();
		});
	}

	@EventListener
	@Transactional
	void onCompanyApproved(CompanyProposalApproved approved) {
		this.accounts.findByCompanyProposalId(approved.proposalId())
			.forEach((account) -> account.joinCompany(approved.companyId()));
	}

	/**
	 * A recruiter asks for a second factor at every sign-in, or stops asking; admins
	 * always need one.
	 */
	@Transactional
	void requireTwoFactor(long accountId, boolean required) {
		Account account = existing(accountId);
		if (account.role() == AccountRole.ADMIN || account.twoFactor() == required) {
			return;
		}
		account.requireTwoFactor(required);
		log.info("Account {} turned two-step sign-in {}", accountId, required ? "on" : "off");
	}

	@Transactional(readOnly = true)
	boolean twoFactor(long accountId) {
		Account account = existing(accountId);
		return account.role() == AccountRole.ADMIN || account.twoFactor();
	}

	private Account existing(long id) {
		return this.accounts.findById(id).orElseThrow(() -> NotFoundException.of("account", String.valueOf(id)));
	}

	/**
	 * The email was taken between our check and the insert; the form shows it as taken.
	 */
	static class RegistrationRaceException extends RuntimeException {

		RegistrationRaceException(Throwable cause) {
			super(cause);
		}

	}

}
