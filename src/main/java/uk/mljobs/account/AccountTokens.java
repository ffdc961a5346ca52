package uk.mljobs.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.LinkTokens;
import uk.mljobs.system.ClusterJobs;

/**
 * The single-use links mailed to accounts ({@code account_token}). A token is 256 random
 * bits, sent once in a link and kept only as its SHA-256, so neither a guess nor a copy
 * of the table opens anything. Issuing one cancels the account's earlier unused tokens of
 * the same purpose: only the latest link works. Using one is a single conditional update,
 * so two clicks on one link use it once.
 */
@Component
class AccountTokens {

	enum Purpose {

		VERIFY_EMAIL, RESET_PASSWORD

	}

	/** What a valid token names: the account, and the address the link was sent to. */
	record Holder(long accountId, String email, long tokenId) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ClusterJobs jobs;

	AccountTokens(JdbcTemplate jdbc, Clock clock, ClusterJobs jobs) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.jobs = jobs;
	}

	/** Hourly, once across every instance: tokens leave a day after they stop working. */
	@Scheduled(cron = "${mljobs.accounts.housekeeping-cron:0 23 * * * *}")
	void housekeeping() {
		this.jobs.runOnce("account-token-housekeeping", Duration.ofHours(1), this::tidy);
	}

	/** Issued token, and its row's id (for the mail's key). */
	record Issued(String token, long id) {
	}

	@Transactional(propagation = Propagation.MANDATORY)
	Issued issue(long accountId, Purpose purpose, String email, Duration lifetime) {
		cancel(accountId, purpose);
		String token = LinkTokens.fresh();
		Instant now = this.clock.instant();
		Long id = this.jdbc.queryForObject("""
				INSERT INTO account_token (account_id, purpose, token_hash, email, created_at, expires_at)
				VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class, accountId, purpose.name(), hash(token), email,
				Timestamp.from(now), Timestamp.from(now.plus(lifetime)));
		return new Issued(token, id);
	}

	/** The holder of a token that is still good, without using it (to show a form). */
	Optional<Holder> peek(String token, Purpose purpose) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		List<Holder> found = this.jdbc.query("""
				SELECT account_id, email, id FROM account_token
				WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?""",
				(rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getLong(3)), hash(token), purpose.name(),
				Timestamp.from(this.clock.instant()));
		return found.stream().findFirst();
	}

	/** Uses a token that is still good: it works once. */
	@Transactional(propagation = Propagation.MANDATORY)
	Optional<Holder> use(String token, Purpose purpose) {
		if (!wellFormed(token)) {
			return Optional.empty();
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Holder> used = this.jdbc.query("""
				UPDATE account_token SET used_at = ?
				WHERE token_hash = ? AND purpose = ? AND used_at IS NULL AND expires_at > ?
				RETURNING account_id, email, id""",
				(rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getLong(3)), now, hash(token), purpose.name(),
				now);
		return used.stream().findFirst();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void cancel(long accountId, Purpose purpose) {
		this.jdbc.update("""
				UPDATE account_token SET used_at = ?
				WHERE account_id = ? AND purpose = ? AND used_at IS NULL""", Timestamp.from(this.clock.instant()),
				accountId, purpose.name());
	}

	/**
	 * Deletes tokens that were used or ran out more than a day ago, and mailed sign-in
	 * codes that ran out (a used code is deleted at once).
	 */
	int tidy() {
		Timestamp dayAgo = Timestamp.from(this.clock.instant().minus(Duration.ofDays(1)));
		int codes = this.jdbc.update("DELETE FROM sign_in_code WHERE expires_at < ?",
				Timestamp.from(this.clock.instant()));
		return codes
				+ this.jdbc.update("DELETE FROM account_token WHERE used_at < ? OR expires_at < ?", dayAgo, dayAgo);
	}

	private static boolean wellFormed(String token) {
		return LinkTokens.wellFormed(token);
	}

	static byte[] hash(String token) {
		return LinkTokens.hash(token);
	}

}
