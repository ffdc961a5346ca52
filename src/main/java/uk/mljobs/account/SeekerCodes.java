package uk.mljobs.account;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.ott.DefaultOneTimeToken;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.ott.GenerateOneTimeTokenRequestResolver;
import org.springframework.security.web.authentication.ott.OneTimeTokenGenerationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.Emails;
import uk.mljobs.shared.LinkTokens;
import uk.mljobs.shared.TooManyRequestsException;
import uk.mljobs.system.ClusterJobs;
import uk.mljobs.system.MailOutbox;
import uk.mljobs.system.RateLimiter;

/**
 * Passwordless sign-in for job seekers, through Spring Security's one-time-token login.
 * One request mails both a link and a six-digit code for the same sign-in: the link works
 * from any browser (a mail app's, say), the code only in the browser that asked for it
 * (its session holds the address), five tries. Either works once and ends the other; 15
 * minutes; only SHA-256 hashes are kept.
 * <p>
 * The page answers every address alike: a new address gets a code and, when it is used, a
 * seeker account; a seeker's address gets a code; a recruiter's or an admin's address
 * gets a mail saying to sign in with its password instead, so a seeker account is never a
 * recruiter account. Five requests an hour per address, twenty per client.
 */
@Component
class SeekerCodes implements OneTimeTokenService, GenerateOneTimeTokenRequestResolver,
		OneTimeTokenGenerationSuccessHandler, AuthenticationConverter {

	static final Duration LIFETIME = Duration.ofMinutes(15);

	static final int TRIES = 5;

	static final int PER_ADDRESS_PER_HOUR = 5;

	static final int PER_CLIENT_PER_HOUR = 20;

	/**
	 * Wrong codes an address may take in a day, over all its mails: past this its codes
	 * are refused and only a link signs in, so guessing across many mails gets nowhere.
	 */
	static final int WRONG_CODES_PER_DAY = 10;

	/** Session attribute: the address the code of this browser was sent to. */
	static final String PENDING = SeekerCodes.class.getName() + ".address";

	/** Request attribute: why no code was sent (a {@link RuntimeException}). */
	static final String REFUSED = SeekerCodes.class.getName() + ".refused";

	private static final Logger log = LoggerFactory.getLogger(SeekerCodes.class);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final RateLimiter limiter;

	private final AccountMails mails;

	private final MailOutbox outbox;

	private final ClusterJobs jobs;

	private final SecureRandom random = new SecureRandom();

	SeekerCodes(JdbcTemplate jdbc, Clock clock, RateLimiter limiter, AccountMails mails, MailOutbox outbox,
			ClusterJobs jobs) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.limiter = limiter;
		this.mails = mails;
		this.outbox = outbox;
		this.jobs = jobs;
	}

	/** What was issued for one request. */
	enum Kind {

		/** A link and a code for a seeker's (or a new) address. */
		SIGN_IN,
		/** The address is a recruiter's or an admin's: they are told to use /login. */
		NOT_A_SEEKER,
		/** The seeker account was disabled by an admin: nothing is sent. */
		DISABLED

	}

	private record Standing(AccountRole role, boolean enabled) {
	}

	/** A sign-in as issued: the token value is the link's; the code rides along. */
	record Issued(String getTokenValue, String code, String getUsername, Instant getExpiresAt,
			Kind kind) implements OneTimeToken {
	}

	/** Checks the address and the limits; the address comes from the form. */
	@Override
	public @Nullable GenerateOneTimeTokenRequest resolve(HttpServletRequest request) {
		String email = Emails.normalise(request.getParameter("email"));
		if (!plausible(email)) {
			request.setAttribute(REFUSED, new IllegalArgumentException("email"));
			return null;
		}
		try {
			this.limiter.consume("seeker-sign-in-client:" + request.getRemoteAddr(), PER_CLIENT_PER_HOUR,
					Duration.ofHours(1), "You have asked for " + PER_CLIENT_PER_HOUR
							+ " sign-in mails this hour. Wait an hour, then try again.");
			this.limiter.consume("seeker-sign-in-address:" + addressKey(email), PER_ADDRESS_PER_HOUR,
					Duration.ofHours(1), "That address has been sent " + PER_ADDRESS_PER_HOUR
							+ " sign-in mails this hour. Use the newest one, or wait an hour and ask again.");
		}
		catch (TooManyRequestsException ex) {
			request.setAttribute(REFUSED, ex);
			return null;
		}
		request.getSession().setAttribute(PENDING, email);
		return new GenerateOneTimeTokenRequest(email, LIFETIME);
	}

	@Override
	public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
		String email = request.getUsername();
		Instant expiresAt = this.clock.instant().plus(request.getExpiresIn());
		List<Standing> standing = this.jdbc.query("SELECT role, enabled FROM account WHERE email = ?",
				(rs, n) -> new Standing(AccountRole.valueOf(rs.getString(1)), rs.getBoolean(2)), email);
		if (!standing.isEmpty() && standing.get(0).role() != AccountRole.SEEKER) {
			return new Issued("", "", email, expiresAt, Kind.NOT_A_SEEKER);
		}
		if (!standing.isEmpty() && !standing.get(0).enabled()) {
			return new Issued("", "", email, expiresAt, Kind.DISABLED);
		}
		String link = LinkTokens.fresh();
		String code = "%06d".formatted(this.random.nextInt(1_000_000));
		this.jdbc.update("""
				INSERT INTO seeker_sign_in (email, link_hash, code_hash, expires_at, attempts) VALUES (?, ?, ?, ?, 0)
				ON CONFLICT (email) DO UPDATE SET link_hash = excluded.link_hash, code_hash = excluded.code_hash,
				expires_at = excluded.expires_at, attempts = 0""", email, LinkTokens.hash(link), codeHash(email, code),
				Timestamp.from(expiresAt));
		return new Issued(link, code, email, expiresAt, Kind.SIGN_IN);
	}

	/**
	 * Mails the link and code (or the note for a recruiter) and says so, alike for all.
	 */
	@Override
	@Transactional
	public void handle(HttpServletRequest request, HttpServletResponse response, OneTimeToken token)
			throws IOException {
		if (token instanceof Issued issued) {
			String key = "seeker-sign-in:" + UUID.randomUUID();
			switch (issued.kind()) {
				case SIGN_IN -> this.outbox
					.enqueue(this.mails.seekerSignIn(key, issued.getUsername(), issued.getTokenValue(), issued.code()));
				case NOT_A_SEEKER -> this.outbox.enqueue(this.mails.seekerAddressTaken(key, issued.getUsername()));
				case DISABLED -> log.info("A sign-in mail was asked for a disabled seeker account");
			}
		}
		response.sendRedirect(request.getContextPath() + SeekerSecurity.PAGE + "?sent");
	}

	/**
	 * A typed code is read with the address this browser asked for; anything longer is a
	 * link's token.
	 */
	@Override
	public @Nullable Authentication convert(HttpServletRequest request) {
		String value = request.getParameter("token");
		if (value == null || value.isBlank()) {
			return null;
		}
		String compact = value.replaceAll("[\\s-]", "");
		if (compact.matches("[0-9]{6}")) {
			HttpSession session = request.getSession(false);
			Object pending = (session != null) ? session.getAttribute(PENDING) : null;
			return OneTimeTokenAuthenticationToken.unauthenticated((pending instanceof String email) ? email : "",
					compact);
		}
		return OneTimeTokenAuthenticationToken.unauthenticated(value.strip());
	}

	@Override
	public @Nullable OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
		String value = token.getTokenValue();
		if (value == null) {
			return null;
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		String email;
		if (value.matches("[0-9]{6}")) {
			email = (token.getPrincipal() instanceof String pending) ? pending : "";
			String wrong = "seeker-wrong-codes:" + addressKey(email);
			try {
				this.limiter.check(wrong, WRONG_CODES_PER_DAY, Duration.ofDays(1), "");
			}
			catch (TooManyRequestsException ex) {
				log.info("A seeker sign-in code was refused: the address's wrong codes for the day are used up");
				return null;
			}
			// Count the try first, so parallel guesses cannot exceed the tries.
			int counted = this.jdbc.update("UPDATE seeker_sign_in SET attempts = attempts + 1 "
					+ "WHERE email = ? AND expires_at > ? AND attempts < ?", email, now, TRIES);
			if (counted == 0 || this.jdbc.update("DELETE FROM seeker_sign_in WHERE email = ? AND code_hash = ?", email,
					codeHash(email, value)) == 0) {
				this.limiter.record(wrong, WRONG_CODES_PER_DAY, Duration.ofDays(1));
				log.info("A seeker sign-in code was not accepted");
				return null;
			}
		}
		else {
			if (!LinkTokens.wellFormed(value)) {
				return null;
			}
			List<String> used = this.jdbc.queryForList(
					"DELETE FROM seeker_sign_in WHERE link_hash = ? AND expires_at > ? RETURNING email", String.class,
					LinkTokens.hash(value), now);
			if (used.isEmpty()) {
				log.info("A seeker sign-in link was not accepted");
				return null;
			}
			email = used.get(0);
		}
		if (!seekerAccount(email, now)) {
			log.info("A seeker sign-in was refused: the address now belongs to a recruiter or admin");
			return null;
		}
		return new DefaultOneTimeToken(value, email, this.clock.instant());
	}

	/**
	 * The address a link signs in, while it is good, without using it (for the confirm
	 * button, which names the account so nobody is signed in to someone else's).
	 */
	java.util.Optional<String> linkAddress(String token) {
		if (!LinkTokens.wellFormed(token)) {
			return java.util.Optional.empty();
		}
		return this.jdbc
			.queryForList("SELECT email FROM seeker_sign_in WHERE link_hash = ? AND expires_at > ?", String.class,
					LinkTokens.hash(token), Timestamp.from(this.clock.instant()))
			.stream()
			.findFirst();
	}

	/** Hourly, once across every instance: spent sign-ins leave. */
	@Scheduled(cron = "${mljobs.accounts.housekeeping-cron:0 23 * * * *}")
	void housekeeping() {
		this.jobs.runOnce("seeker-sign-in-housekeeping", Duration.ofHours(1), () -> this.jdbc
			.update("DELETE FROM seeker_sign_in WHERE expires_at < ?", Timestamp.from(this.clock.instant())));
	}

	/** When the account goes: its pending sign-in, if any, goes too. */
	void forget(String email) {
		this.jdbc.update("DELETE FROM seeker_sign_in WHERE email = ?", email);
	}

	/**
	 * The seeker account of the address, made at its first sign-in; false when the
	 * address belongs to a recruiter or an admin.
	 */
	private boolean seekerAccount(String email, Timestamp now) {
		this.jdbc.update("""
				INSERT INTO account (email, role, created_at, password_changed_at, email_verified_at)
				VALUES (?, 'SEEKER', ?, ?, ?) ON CONFLICT (email) DO NOTHING""", email, now, now, now);
		return "SEEKER"
			.equals(this.jdbc.queryForObject("SELECT role FROM account WHERE email = ?", String.class, email));
	}

	static boolean plausible(String email) {
		return email.length() <= 254 && email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	}

	/** The limiter's key: a hash, so no address sits in the limiter's table. */
	private static String addressKey(String email) {
		return HexFormat.of().formatHex(LinkTokens.hash("seeker:" + email), 0, 12);
	}

	private static byte[] codeHash(String email, String code) {
		return LinkTokens.hash(email + ":" + code);
	}

}
