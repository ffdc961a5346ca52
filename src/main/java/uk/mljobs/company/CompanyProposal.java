package uk.mljobs.company;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "company_proposal")
class CompanyProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String website;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private Long companyId;

	private Instant createdAt;

	private Instant decidedAt;

	protected CompanyProposal() {
	}

	CompanyProposal(String name, String website, Instant now) {
		this.name = name;
		this.website = website;
		this.createdAt = now;
	}

	void approve(long companyId, Instant now) {
		requirePending();
		this.status = Status.APPROVED;
		this.companyId = companyId;
		this.decidedAt = now;
	}

	/** The proposal named a company we list already: its recruiter joins that one. */
	void merge(long companyId, Instant now) {
		requirePending();
		this.status = Status.MERGED;
		this.companyId = companyId;
		this.decidedAt = now;
	}

	void reject(Instant now) {
		requirePending();
		this.status = Status.REJECTED;
		this.decidedAt = now;
	}

	private void requirePending() {
		if (this.status != Status.PENDING) {
			throw new IllegalStateException("Proposal " + this.id + " was already " + this.status);
		}
	}

	long id() {
		return this.id;
	}

	String name() {
		return this.name;
	}

	String website() {
		return this.website;
	}

	Status status() {
		return this.status;
	}

	CompanyProposalView toView() {
		return new CompanyProposalView(this.id, this.name, this.website, this.status.name(), this.companyId,
				this.createdAt);
	}

	enum Status {

		PENDING, APPROVED, MERGED, REJECTED

	}

}
