package uk.mljobs.account;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.shared.JsonRows;
import uk.mljobs.shared.NotFoundException;

/**
 * Everything held about an account, in one JSON document: the account itself, the links
 * mailed to it, the mails sent to its address, admins' decisions about it, and each
 * feature's own data ({@link HeldData}). The password is described, never exported: only
 * its hash is kept.
 */
@Service
@Transactional(readOnly = true)
class AccountExport {

	private final JdbcTemplate jdbc;

	private final AccountService accounts;

	private final List<HeldData> features;

	private final Clock clock;

	AccountExport(JdbcTemplate jdbc, AccountService accounts, List<HeldData> features, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.features = features;
		this.clock = clock;
	}

	Map<String, Object> of(long accountId) {
		AccountView account = this.accounts.account(accountId)
			.orElseThrow(() -> NotFoundException.of("account", String.valueOf(accountId)));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", this.clock.instant().toString());
		export.put("account", JsonRows.of(this.jdbc.queryForMap("""
				SELECT a.id, a.email, a.name, a.role, c.name AS company, p.name AS proposed_company, a.agency,
				       a.enabled, a.two_factor, a.created_at, a.email_verified_at, a.password_changed_at
				FROM account a
				LEFT JOIN company c ON c.id = a.company_id
				LEFT JOIN company_proposal p ON p.id = a.company_proposal_id
				WHERE a.id = ?""", accountId)));
		export.put("password", "Kept only as an Argon2 hash, which is not included here.");
		export.put("passkeys", JsonRows.of(this.jdbc.queryForList("""
				SELECT c.label, c.created, c.last_used, c.authenticator_transports
				FROM user_credentials c JOIN user_entities u ON u.id = c.user_entity_user_id
				WHERE u.name = ? ORDER BY c.created""", account.email())));
		export.put("mailedLinks", JsonRows.of(this.jdbc.queryForList("""
				SELECT purpose, email, created_at, expires_at, used_at FROM account_token
				WHERE account_id = ? ORDER BY created_at""", accountId)));
		export.put("mailsSent", JsonRows.of(this.jdbc.queryForList("""
				SELECT subject, created_at, sent_at, failed_at FROM mail_outbox
				WHERE recipient = ? ORDER BY created_at""", account.email())));
		export.put("adminDecisionsAboutTheAccount", JsonRows.of(this.jdbc.queryForList("""
				SELECT action, reason, decided_at FROM moderation_decision
				WHERE subject = 'ACCOUNT' AND subject_id = ? ORDER BY decided_at""", accountId)));
		for (HeldData feature : this.features) {
			export.put(feature.section(), feature.about(account));
		}
		return export;
	}

}
