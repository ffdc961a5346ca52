package uk.mljobs.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String email;

	private String passwordHash;

	private String name;

	@Enumerated(EnumType.STRING)
	private AccountRole role;

	private Long companyId;

	private Long companyProposalId;

	private boolean agency;

	private boolean enabled = true;

	private boolean demo;

	private Instant createdAt;

	private Instant passwordChangedAt;

	private Instant emailVerifiedAt;

	/**
	 * A recruiter asked for a second factor at every sign-in (admins always need one).
	 */
	private boolean twoFactor;

	/**
	 * The company an admin vouched this recruiter for (they are not on its domain), and
	 * when and by whom.
	 */
	private Long vouchedCompanyId;

	private Instant vouchedAt;

	private Long vouchedBy;

	@Version
	private int version;

	protected Account() {
	}

	private Account(String email, String passwordHash, String name, AccountRole role, Instant now) {
		this.email = email;
		this.passwordHash = passwordHash;
		this.name = name;
		this.role = role;
		this.createdAt = now;
		this.passwordChangedAt = now;
	}

	static Account recruiter(String email, String passwordHash, String name, Long companyId, Long companyProposalId,
			boolean agency, Instant now) {
		Account account = new Account(email, passwordHash, name, AccountRole.RECRUITER, now);
		account.companyId = companyId;
		account.companyProposalId = companyProposalId;
		account.agency = agency;
		return account;
	}

	/** Admins are made by the operator, who gave the address: it counts as confirmed. */
	static Account admin(String email, String passwordHash, String name, Instant now) {
		Account admin = new Account(email, passwordHash, name, AccountRole.ADMIN, now);
		admin.emailVerifiedAt = now;
		return admin;
	}

	Account markDemo() {
		this.demo = true;
		this.emailVerifiedAt = this.createdAt;
		return this;
	}

	/**
	 * The owner opened the link mailed to {@code email}: it is now the account's address.
	 */
	void confirmEmail(String email, Instant now) {
		this.email = email;
		this.emailVerifiedAt = now;
	}

	boolean emailVerified() {
		return this.emailVerifiedAt != null;
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	/** The company the recruiter proposed was approved: they now work for it. */
	void joinCompany(long companyId) {
		this.companyId = companyId;
	}

	long id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	String name() {
		return this.name;
	}

	AccountRole role() {
		return this.role;
	}

	Long companyId() {
		return this.companyId;
	}

	Long companyProposalId() {
		return this.companyProposalId;
	}

	boolean agency() {
		return this.agency;
	}

	boolean enabled() {
		return this.enabled;
	}

	/** An admin stops the account: it can no longer sign in. */
	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	int version() {
		return this.version;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	boolean demo() {
		return this.demo;
	}

	boolean twoFactor() {
		return this.twoFactor;
	}

	void requireTwoFactor(boolean required) {
		this.twoFactor = required;
	}

	/** Whether an admin vouched for this recruiter posting for their current company. */
	boolean vouched() {
		return this.companyId != null && this.companyId.equals(this.vouchedCompanyId);
	}

	Instant vouchedAt() {
		return vouched() ? this.vouchedAt : null;
	}

	/**
	 * @param adminId who vouched; {@code null} for the demo's own accounts
	 */
	void vouch(Long adminId, Instant now) {
		this.vouchedCompanyId = this.companyId;
		this.vouchedAt = now;
		this.vouchedBy = adminId;
	}

	/**
	 * @param employerConfirmed whether the recruiter may post for their company: on its
	 * domain, or vouched for
	 */
	AccountView toView(boolean employerConfirmed) {
		return new AccountView(this.id, this.email, this.name, this.role, this.companyId, this.companyProposalId,
				this.agency, this.demo, this.emailVerifiedAt != null, employerConfirmed, this.createdAt);
	}

}
