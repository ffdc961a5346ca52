package uk.mljobs.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import uk.mljobs.account.AccountTokens.Holder;
import uk.mljobs.account.AccountTokens.Purpose;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.Emails;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.MailOutbox;

/**
 * "Forgot your password?": a single-use link, good for 30 minutes, mailed to the address
 * of an enabled account (an unknown or disabled address gets nothing, and the page says
 * the same either way). Setting the new password uses the link, ends every session of the
 * account and tells the owner by mail. Admins can send the same link from
 * {@code /admin/users}; that goes into the admin log.
 */
@Service
@Transactional
class PasswordReset {

	private static final Logger log = LoggerFactory.getLogger(PasswordReset.class);

	static final Duration LIFETIME = Duration.ofMinutes(30);

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final MailOutbox outbox;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ModerationLog decisions;

	private final Clock clock;

	private final EmployerStanding standing;

	PasswordReset(Accounts accounts, AccountTokens tokens, AccountMails mails, MailOutbox outbox,
			PasswordEncoder passwords, PasswordPolicy policy, ModerationLog decisions, Clock clock,
			EmployerStanding standing) {
		this.standing = standing;
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.outbox = outbox;
		this.passwords = passwords;
		this.policy = policy;
		this.decisions = decisions;
		this.clock = clock;
	}

	/** Mails a link if an enabled account has the address; says nothing either way. */
	void request(String rawEmail) {
		// Seekers have no password: they sign in with a mailed code, so there is none to
		// reset.
		this.accounts.findByEmail(Emails.normalise(rawEmail))
			.filter(Account::enabled)
			.filter((account) -> account.role() != AccountRole.SEEKER)
			.ifPresent(this::send);
	}

	/** An admin sends a recruiter the link (they are locked out, say). */
	void sendByAdmin(long accountId, long adminId) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> NotFoundException.of("account", String.valueOf(accountId)));
		send(account);
		this.decisions.record(DecisionSubject.ACCOUNT, accountId, account.name(), DecisionAction.RESET_LINK, null,
				adminId);
	}

	private void send(Account account) {
		AccountTokens.Issued issued = this.tokens.issue(account.id(), Purpose.RESET_PASSWORD, account.email(),
				LIFETIME);
		this.outbox.enqueue(this.mails.reset("reset:" + issued.id(), account.email(), account.name(), issued.token()));
		log.info("Password reset link sent to account {}", account.id());
	}

	/** Who a link is for, while it is good: for the new-password page. */
	@Transactional(readOnly = true)
	Optional<Holder> pending(String token) {
		return this.tokens.peek(token, Purpose.RESET_PASSWORD);
	}

	/**
	 * Checks the new password, then uses the link and stores it. Empty, with the reason
	 * in {@code errors}, when the password is refused (the link still works) or the link
	 * no longer does.
	 */
	Optional<AccountView> reset(String token, String newPassword, Errors errors) {
		Optional<Holder> holder = this.tokens.peek(token, Purpose.RESET_PASSWORD);
		if (holder.isEmpty()) {
			errors.reject("token.expired", "This link has expired or has been used. Ask for a new one.");
			return Optional.empty();
		}
		Account account = this.accounts.findById(holder.get().accountId()).filter(Account::enabled).orElse(null);
		if (account == null) {
			errors.reject("token.expired", "This link has expired or has been used. Ask for a new one.");
			return Optional.empty();
		}
		this.policy.problem(newPassword, account.email())
			.ifPresent((problem) -> errors.rejectValue("newPassword", "password.weak", problem));
		if (errors.hasErrors() || this.tokens.use(token, Purpose.RESET_PASSWORD).isEmpty()) {
			if (!errors.hasErrors()) {
				errors.reject("token.expired", "This link has expired or has been used. Ask for a new one.");
			}
			return Optional.empty();
		}
		account.changePassword(this.passwords.encode(newPassword), this.clock.instant());
		// Opening the mailed link proves the address, too.
		if (!account.emailVerified()) {
			account.confirmEmail(account.email(), this.clock.instant());
		}
		this.outbox.enqueue(this.mails.passwordChanged("password-changed:reset:" + holder.get().tokenId(),
				account.email(), account.name()));
		log.info("Account {} reset its password", account.id());
		return Optional.of(account.toView(this.standing.confirmed(account)));
	}

}
