package uk.mljobs.account;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.system.MailOutbox;
import uk.mljobs.system.RateLimiter;

/**
 * Six-digit codes mailed as a second factor, for Spring Security's one-time-token login.
 * A code is issued only to the account signed in with its password in this session and is
 * accepted only from that session, so guessing someone else's live code signs nobody in.
 * One live code per account (a new one replaces it), five tries, ten minutes, five codes
 * an hour; only a SHA-256 of the code is stored.
 */
@Component
class EmailCodes
		implements OneTimeTokenService, GenerateOneTimeTokenRequestResolver, OneTimeTokenGenerationSuccessHandler {

	static final Duration LIFETIME = Duration.ofMinutes(10);

	static final int TRIES = 5;

	static final int CODES_PER_HOUR = 5;

	/**
	 * Set on the request when the hour's codes are used up: the page says how long to
	 * wait.
	 */
	static final String LIMITED = EmailCodes.class.getName() + ".limited";

	private static final Logger log = LoggerFactory.getLogger(EmailCodes.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RateLimiter limiter;

	private final AccountMails mails;

	private final MailOutbox outbox;

	private final SecureRandom random = new SecureRandom();

	EmailCodes(JdbcTemplate jdbc, Clock clock, RateLimiter limiter, AccountMails mails, MailOutbox outbox) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limiter = limiter;
		this.mails = mails;
		this.outbox = outbox;
	}

	/** Who may ask for a code: the person signed in here, never a name in the request. */
	@Override
	public @Nullable GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
		SignedInUser user = signedIn();
		if (user == null) {
			return null;
		}
		try {
			this.limiter.consume(limitKey(user.id()), CODES_PER_HOUR, Duration.ofHours(1),
					"You have asked for " + CODES_PER_HOUR
							+ " codes this hour. Wait an hour, then try again, or use a passkey if you have one.");
		}
		catch (TooManyRequestsException ex) {
			// Left to the second-factor page, which answers 429 and says how long to
			// wait.
			request.setAttribute(LIMITED, ex);
			return null;
		}
		return new GenerateOneTimeTokenRequest(user.getUsername(), LIFETIME);
	}

	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		SignedInUser user = signedIn();
		if (user == null || !user.getUsername().equals(request.getUsername())) {
			throw new IllegalStateException("A code is only issued to the account signed in here");
		}
		String code = "%06d".formatted(this.random.nextInt(1_000_000));
		Instant expiresAt = this.clock.instant().plus(request.getExpiresIn());
		this.jdbc.update("""
				INSERT INTO sign_in_code (account_id, code_hash, expires_at, attempts) VALUES (?, ?, ?, 0)
				ON CONFLICT (account_id) DO UPDATE
				SET code_hash = excluded.code_hash, expires_at = excluded.expires_at, attempts = 0""", user.id(),
				hash(user.id(), code), Timestamp.from(expiresAt));
		return new DefaultOneTimeToken(code, user.getUsername(), expiresAt);
	}

	@Override
	public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
		SignedInUser user = signedIn();
		String code = token.getTokenValue();
		if (user == null || code == null) {
			return null;
		}
		code = code.replaceAll("[\\s-]", "");
		Timestamp now = Timestamp.from(this.clock.instant());
		// Count the try first, so parallel guesses cannot exceed the tries.
		int counted = this.jdbc.update("UPDATE sign_in_code SET attempts = attempts + 1 "
				+ "WHERE account_id = ? AND expires_at > ? AND attempts < ?", user.id(), now, TRIES);
		if (counted == 0 || !code.matches("[0-9]{6}")) {
			log.info("Account {} sent a second-factor code that was not accepted", user.id());
			return null;
		}
		List<Timestamp> used = this.jdbc.queryForList(
				"DELETE FROM sign_in_code WHERE account_id = ? AND code_hash = ? RETURNING expires_at", Timestamp.class,
				user.id(), hash(user.id(), code));
		if (used.isEmpty()) {
			log.info("Account {} sent a wrong second-factor code", user.id());
			return null;
		}
		return new DefaultOneTimeToken(code, user.getUsername(), used.get(0).toInstant());
	}

	/** Mails the code and goes back to the page to type it. */
	@Override
	@Transactional
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		SignedInUser user = signedIn();
		if (user != null) {
			this.outbox.enqueue(this.mails.signInCode("sign-in-code:" + user.id() + ":" + UUID.randomUUID(),
					user.getUsername(), user.displayName(), token.getTokenValue()));
			log.info("Account {} was mailed a second-factor code", user.id());
		}
		response.sendRedirect(request.getContextPath() + SecondFactorController.PAGE + "?sent");
	}

	/** For tests and admins: another hour's codes at once. */
	void forgetLimit(long accountId) {
		this.limiter.forget(limitKey(accountId));
	}

	private static String limitKey(long accountId) {
		return "sign-in-code:" + accountId;
	}

	private static @Nullable SignedInUser signedIn() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		return (who != null && who.isAuthenticated() && who.getPrincipal() instanceof SignedInUser user) ? user : null;
	}

	private static byte[] hash(long accountId, String code) {
		return AccountTokens.hash(accountId + ":" + code);
	}

}
