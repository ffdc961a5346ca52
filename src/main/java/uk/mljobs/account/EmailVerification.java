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
import uk.mljobs.shared.Emails;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.system.MailOutbox;
import uk.mljobs.system.RateLimiter;

/**
 * Proves an account's address: a single-use link, good for 24 hours, mailed at sign-up,
 * on request, and to the new address when the owner changes it. Until the link is opened
 * a recruiter can sign in and write drafts, but not submit them; a changed address takes
 * effect only when the new one is confirmed, and the old one is told.
 */
@Service
@Transactional
class EmailVerification {

	private static final Logger log = LoggerFactory.getLogger(EmailVerification.class);

	static final Duration LIFETIME = Duration.ofHours(24);

	/** Mails to one address about sign-ups it did not make, an hour. */
	private static final int NOTICES_PER_ADDRESS_PER_HOUR = 3;

	private final Accounts accounts;

	private final AccountTokens tokens;

	private final AccountMails mails;

	private final MailOutbox outbox;

	private final PasswordEncoder passwords;

	private final RateLimiter limiter;

	private final Clock clock;

	private final Passkeys passkeys;

	EmailVerification(Accounts accounts, AccountTokens tokens, AccountMails mails, MailOutbox outbox,
			PasswordEncoder passwords, RateLimiter limiter, Clock clock, Passkeys passkeys) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.mails = mails;
		this.outbox = outbox;
		this.passwords = passwords;
		this.limiter = limiter;
		this.clock = clock;
		this.passkeys = passkeys;
	}

	/** Mails a confirmation link for the account's own address (at sign-up, or again). */
	void send(long accountId) {
		Account account = existing(accountId);
		if (account.emailVerified()) {
			return;
		}
		AccountTokens.Issued issued = this.tokens.issue(accountId, Purpose.VERIFY_EMAIL, account.email(), LIFETIME);
		this.outbox.enqueue(
				this.mails.verify("verify:" + issued.id(), account.email(), account.name(), issued.token(), false));
	}

	/**
	 * Tells an address that already has an account that someone tried to sign up with it,
	 * so the sign-up page can answer as it does for a new address. At most a few such
	 * mails an hour go to one address, so the form cannot be used to flood a mailbox.
	 */
	void tellExistingAccount(String email) {
		try {
			this.limiter.consume("signup-notice:" + email, NOTICES_PER_ADDRESS_PER_HOUR, Duration.ofHours(1), "");
		}
		catch (TooManyRequestsException ex) {
			return;
		}
		this.outbox.enqueue(this.mails
			.alreadyRegistered("already-registered:" + email.hashCode() + ":" + this.clock.millis(), email));
	}

	/** Who a link is for, while it is good: for the confirm page. */
	@Transactional(readOnly = true)
	Optional<Holder> pending(String token) {
		return this.tokens.peek(token, Purpose.VERIFY_EMAIL);
	}

	/**
	 * Uses the link. For a change of address, the new one replaces the old (unless
	 * another account took it meanwhile) and the old one is told.
	 */
	Confirmation confirm(String token) {
		Optional<Holder> holder = this.tokens.use(token, Purpose.VERIFY_EMAIL);
		if (holder.isEmpty()) {
			return new Confirmation(Outcome.EXPIRED, null);
		}
		Account account = existing(holder.get().accountId());
		String address = holder.get().email();
		String previous = account.email();
		if (!address.equals(previous)) {
			if (this.accounts.existsByEmail(address)) {
				return new Confirmation(Outcome.TAKEN, previous);
			}
			account.confirmEmail(address, this.clock.instant());
			// Passkeys know the account by its address.
			this.passkeys.renamed(previous, address);
			this.outbox.enqueue(this.mails.emailChanged("email-changed:" + holder.get().tokenId(), previous,
					account.name(), address));
			log.info("Account {} changed its address", account.id());
			return new Confirmation(Outcome.CHANGED, previous);
		}
		account.confirmEmail(address, this.clock.instant());
		log.info("Account {} confirmed its address", account.id());
		return new Confirmation(Outcome.CONFIRMED, previous);
	}

	/** What opening a link did, and the address the account had before. */
	record Confirmation(Outcome outcome, String previousEmail) {
	}

	/**
	 * Checks the password and mails a link to the new address; the account keeps its
	 * address until that link is opened. An address another account has gets, instead,
	 * the "you already have an account" mail, so the answer here never says whether an
	 * address is registered.
	 */
	boolean requestChange(long accountId, EmailChangeForm form, Errors errors) {
		Account account = existing(accountId);
		if (!this.passwords.matches(form.password(), account.passwordHash())) {
			errors.rejectValue("password", "password.wrong", "The password is not right.");
		}
		String address = Emails.normalise(form.email());
		if (!errors.hasFieldErrors("email") && address.equals(account.email())) {
			errors.rejectValue("email", "email.same", "That is already your address.");
		}
		if (errors.hasErrors()) {
			return false;
		}
		if (this.accounts.existsByEmail(address)) {
			tellExistingAccount(address);
			return true;
		}
		AccountTokens.Issued issued = this.tokens.issue(accountId, Purpose.VERIFY_EMAIL, address, LIFETIME);
		this.outbox.enqueue(this.mails.verify("verify:" + issued.id(), address, account.name(), issued.token(), true));
		log.info("Account {} asked to change its address", accountId);
		return true;
	}

	private Account existing(long id) {
		return this.accounts.findById(id).orElseThrow(() -> NotFoundException.of("account", String.valueOf(id)));
	}

	enum Outcome {

		/** The address is confirmed. */
		CONFIRMED,
		/** The account now uses the new address. */
		CHANGED,
		/** Another account has taken the new address since the link was sent. */
		TAKEN,
		/** The link was used already, ran out, or never existed. */
		EXPIRED

	}

}
