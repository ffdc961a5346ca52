package uk.mljobs.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.company.CompanyCuration;
import uk.mljobs.company.CompanyDirectory;
import uk.mljobs.company.CompanyView;
import uk.mljobs.company.EmployerDomains;
import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.ConflictException;
import uk.mljobs.shared.FreeMail;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.system.Letters;
import uk.mljobs.system.MailOutbox;

/**
 * Whether a recruiter may post for the listed company they chose. Someone whose confirmed
 * address is on one of the company's verified domains joins directly; anyone else (a
 * free-mail or another company's domain, agencies too) waits until an admin vouches for
 * them, which goes into the admin log. At sign-up, what a new account has in common with
 * a recruiter an admin disabled is noted for the admin ({@code account_signal}).
 */
@Service
@Transactional(readOnly = true)
class EmployerStanding {

	/**
	 * How soon after a disabling a claim on the same company from off its domain counts.
	 */
	static final Duration REPEAT_WINDOW = Duration.ofDays(30);

	private static final Logger log = LoggerFactory.getLogger(EmployerStanding.class);

	/** A recruiter an admin has yet to vouch for, with what was noticed about them. */
	record Waiting(long id, String name, String email, String company, boolean agency, boolean freeMail,
			boolean emailVerified, Instant joined, List<String> signals) {
	}

	private final Accounts accounts;

	private final EmployerDomains domains;

	private final CompanyDirectory companies;

	private final ModerationLog decisions;

	private final JdbcTemplate jdbc;

	private final Letters letters;

	private final MailOutbox outbox;

	private final Clock clock;

	private final CompanyCuration curation;

	EmployerStanding(Accounts accounts, EmployerDomains domains, CompanyDirectory companies, CompanyCuration curation,
			ModerationLog decisions, JdbcTemplate jdbc, Letters letters, MailOutbox outbox, Clock clock) {
		this.accounts = accounts;
		this.curation = curation;
		this.domains = domains;
		this.companies = companies;
		this.decisions = decisions;
		this.jdbc = jdbc;
		this.letters = letters;
		this.outbox = outbox;
		this.clock = clock;
	}

	/** On the company's domain with a confirmed address, or vouched for by an admin. */
	boolean confirmed(Account account) {
		if (account.role() != AccountRole.RECRUITER || account.companyId() == null) {
			return false;
		}
		return account.vouched()
				|| (account.emailVerified() && this.domains.verifies(account.companyId(), account.email()));
	}

	/**
	 * The company this account speaks for as its verified employer, which lets it change
	 * the company's logo: an enabled recruiter, posting directly (not as an agency),
	 * whose confirmed address is on one of the company's email domains. An admin's vouch
	 * is not enough: it lets someone post for a company, not present its brand.
	 */
	java.util.Optional<Long> verifiedEmployerOf(long accountId) {
		return this.accounts.findById(accountId)
			.filter((account) -> account.role() == AccountRole.RECRUITER && account.enabled() && !account.agency()
					&& account.companyId() != null && account.emailVerified())
			.filter((account) -> this.domains.verifies(account.companyId(), account.email()))
			.map(Account::companyId);
	}

	/**
	 * An admin vouches for the recruiter posting for their company: logged, and the
	 * recruiter is told.
	 * @throws ConflictException when there is nothing to vouch for
	 */
	@Transactional
	void vouch(long accountId, long adminId) {
		Account account = this.accounts.findById(accountId)
			.orElseThrow(() -> NotFoundException.of("account", String.valueOf(accountId)));
		if (account.role() != AccountRole.RECRUITER || account.companyId() == null || !account.enabled()) {
			throw new ConflictException("Only an active recruiter at a listed company can be vouched for.");
		}
		if (confirmed(account)) {
			return;
		}
		String company = companyName(account.companyId());
		account.vouch(adminId, this.clock.instant());
		this.decisions.record(DecisionSubject.ACCOUNT, accountId, account.name(), DecisionAction.VOUCH,
				"May post for " + company, adminId);
		this.outbox.enqueue(this.letters.letter("vouched:" + accountId + ":" + account.companyId(), account.email(),
				"You can post for " + company, account.name(),
				List.of("An admin has confirmed that you recruit for " + company + " on " + this.letters
					.siteName() + ".", account.emailVerified() ? "Openings you submit now go to an admin for review."
							: "Confirm your email address too, with the link we mailed you, and your openings can go to review."),
				"Your postings", "/recruiter", null));
		log.info("Account {} vouched for by admin {}", accountId, adminId);
	}

	/** Recruiters at a listed company who wait for an admin, oldest first. */
	List<Waiting> waiting() {
		return this.accounts.findByRoleOrderByNameAscIdAsc(AccountRole.RECRUITER)
			.stream()
			// Someone on the company's domain joins by confirming the address: no admin
			// needed.
			.filter((account) -> account.enabled() && account.companyId() != null && !account.vouched()
					&& !this.domains.verifies(account.companyId(), account.email()))
			.sorted(java.util.Comparator.comparing(Account::createdAt))
			.map((account) -> new Waiting(account.id(), account.name(), account.email(),
					companyName(account.companyId()), account.agency(), FreeMail.is(account.email()),
					account.emailVerified(), account.createdAt(), signals(account.id())))
			.toList();
	}

	/** What was noticed about the account, for admins. */
	List<String> signals(long accountId) {
		return this.jdbc.queryForList("SELECT reason FROM account_signal WHERE account_id = ? ORDER BY id",
				String.class, accountId);
	}

	/**
	 * Notes what a new recruiter has in common with recruiters an admin disabled: the
	 * same email domain (free-mail aside: everyone shares those), the same proposed
	 * company, or the same company claimed from off its domain within
	 * {@link #REPEAT_WINDOW} of the disabling.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void noteSignals(Account account) {
		String domain = FreeMail.domainOf(account.email());
		Timestamp since = Timestamp.from(this.clock.instant().minus(REPEAT_WINDOW));
		if (!domain.isEmpty() && !FreeMail.is(domain)) {
			this.jdbc.queryForList("""
					SELECT id FROM account
					WHERE role = 'RECRUITER' AND NOT enabled AND id <> ?
					  AND lower(split_part(email, '@', 2)) = ?
					ORDER BY id DESC LIMIT 1""", Long.class, account.id(), domain)
				.forEach((like) -> note(account.id(), like,
						"Same email domain (" + domain + ") as disabled account " + like));
		}
		if (account.companyProposalId() != null) {
			Long[] sameName = this.curation.proposalsNamedAs(account.companyProposalId()).toArray(Long[]::new);
			this.jdbc.queryForList("""
					SELECT id FROM account
					WHERE role = 'RECRUITER' AND NOT enabled AND id <> ? AND company_proposal_id = ANY (?)
					ORDER BY id DESC LIMIT 1""", Long.class, account.id(), sameName)
				.forEach((like) -> note(account.id(), like, "Proposed the same company as disabled account " + like));
		}
		if (account.companyId() != null && !this.domains.verifies(account.companyId(), account.email())) {
			String company = companyName(account.companyId());
			Long[] disabledLately = this.decisions
				.decidedSince(DecisionSubject.ACCOUNT, DecisionAction.DISABLE, since.toInstant())
				.toArray(Long[]::new);
			this.jdbc.queryForList("""
					SELECT id FROM account
					WHERE role = 'RECRUITER' AND NOT enabled AND id <> ? AND company_id = ? AND id = ANY (?)
					ORDER BY id DESC LIMIT 1""", Long.class, account.id(), account.companyId(), disabledLately)
				.forEach((like) -> note(account.id(), like,
						"Claims " + company + ", as disabled account " + like + " did, from off its domain"));
		}
	}

	private void note(long accountId, long likeAccountId, String reason) {
		this.jdbc.update("""
				INSERT INTO account_signal (account_id, like_account_id, reason, created_at) VALUES (?, ?, ?, ?)
				ON CONFLICT (account_id, reason) DO NOTHING""", accountId, likeAccountId, reason,
				Timestamp.from(this.clock.instant()));
		log.info("Account {} has something in common with disabled account {}", accountId, likeAccountId);
	}

	private String companyName(long companyId) {
		return this.companies.company(companyId).map(CompanyView::name).orElse("your company");
	}

}
