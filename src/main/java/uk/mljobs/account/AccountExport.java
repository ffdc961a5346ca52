package uk.mljobs.account;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.company.CompanyCuration;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyProposalView;
import uk.mljobs.company.CompanyView;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.DecisionView;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.JsonRows;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.MailOutbox;

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

	private final CompanyDirectory companies;

	private final CompanyCuration curation;

	private final MailOutbox outbox;

	private final ModerationLog decisions;

	AccountExport(JdbcTemplate jdbc, AccountService accounts, List<HeldData> features, Clock clock,
			CompanyDirectory companies, CompanyCuration curation, MailOutbox outbox, ModerationLog decisions) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.curation = curation;
		this.outbox = outbox;
		this.decisions = decisions;
		this.accounts = accounts;
		this.features = features;
		this.clock = clock;
	}

	Map<String, Object> of(long accountId) {
		AccountView account = this.accounts.account(accountId)
			.orElseThrow(() -> NotFoundException.of("account", String.valueOf(accountId)));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", this.clock.instant().toString());
		Map<String, Object> row = new LinkedHashMap<>(JsonRows.of(this.jdbc.queryForMap("""
				SELECT id, email, name, role, company_id, company_proposal_id, agency, enabled, two_factor, created_at,
				       email_verified_at, password_changed_at
				FROM account WHERE id = ?""", accountId)));
		// Companies and proposals are the company feature's: named through it.
		row.put("company", (account.companyId() != null)
				? this.companies.company(account.companyId()).map(CompanyView::name).orElse(null) : null);
		row.put("proposed_company", (account.companyProposalId() != null)
				? this.curation.proposal(account.companyProposalId()).map(CompanyProposalView::name).orElse(null)
				: null);
		row.remove("company_id");
		row.remove("company_proposal_id");
		export.put("account", row);
		export.put("password",
				(account.role() == AccountRole.SEEKER)
						? "None: a seeker signs in with a link or code mailed to the address."
						: "Kept only as an Argon2 hash, which is not included here.");
		export.put("passkeys", JsonRows.of(this.jdbc.queryForList("""
				SELECT c.label, c.created, c.last_used, c.authenticator_transports
				FROM user_credentials c JOIN user_entities u ON u.id = c.user_entity_user_id
				WHERE u.name = ? ORDER BY c.created""", account.email())));
		export.put("mailedLinks", JsonRows.of(this.jdbc.queryForList("""
				SELECT purpose, email, created_at, expires_at, used_at FROM account_token
				WHERE account_id = ? ORDER BY created_at""", accountId)));
		export.put("mailsSent", JsonRows.of(this.outbox.sentTo(account.email())));
		// Oldest first, as the rest of the export.
		List<Map<String, Object>> decided = new ArrayList<>(this.decisions.about(DecisionSubject.ACCOUNT, accountId)
			.stream()
			.map(AccountExport::decision)
			.toList());
		Collections.reverse(decided);
		export.put("adminDecisionsAboutTheAccount", decided);
		for (HeldData feature : this.features) {
			export.put(feature.section(), feature.about(account));
		}
		return export;
	}

	private static Map<String, Object> decision(DecisionView decision) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("action", decision.action().name());
		row.put("reason", decision.reason());
		row.put("decided_at", decision.decidedAt().toString());
		return row;
	}

}
