package uk.mljobs.company;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.mljobs.moderation.DecisionAction;
import uk.mljobs.moderation.DecisionSubject;
import uk.mljobs.moderation.ModerationLog;
import uk.mljobs.shared.NotFoundException;
import uk.mljobs.shared.Slugs;

/**
 * Companies proposed by recruiters and the admin decisions on them.
 */
@Service
@Transactional
public class CompanyCuration {

	private final CompanyProposals proposals;

	private final Companies companies;

	private final Sectors sectors;

	private final ModerationLog moderationLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyCuration(CompanyProposals proposals, Companies companies, Sectors sectors, ModerationLog moderationLog,
			ApplicationEventPublisher events, Clock clock) {
		this.proposals = proposals;
		this.companies = companies;
		this.sectors = sectors;
		this.moderationLog = moderationLog;
		this.events = events;
		this.clock = clock;
	}

	public long propose(String name, String website) {
		String site = (website == null || website.isBlank()) ? null : website.strip();
		return this.proposals.save(new CompanyProposal(name.strip(), site, this.clock.instant())).id();
	}

	@Transactional(readOnly = true)
	public List<CompanyProposalView> pending() {
		return this.proposals.findByStatusOrderByCreatedAtAscIdAsc(CompanyProposal.Status.PENDING)
			.stream()
			.map(CompanyProposal::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CompanyProposalView> proposal(long id) {
		return this.proposals.findById(id).map(CompanyProposal::toView);
	}

	/**
	 * Lists the proposed company in the chosen sector, links its proposer to it, and
	 * records the decision.
	 */
	public CompanyProposalView approve(long proposalId, String sectorSlug, long adminId) {
		CompanyProposal proposal = pendingProposal(proposalId);
		Sector sector = this.sectors.findBySlug(sectorSlug)
			.orElseThrow(() -> NotFoundException.of("sector", sectorSlug));
		// A proposal naming a company we already list joins that company.
		Company company = this.companies.findByNameIgnoreCase(proposal.name())
			.orElseGet(() -> this.companies
				.save(Company.proposed(uniqueSlug(proposal.name()), proposal.name(), sector.id(), proposal.website())));
		proposal.approve(company.id(), this.clock.instant());
		this.moderationLog.record(DecisionSubject.COMPANY, proposal.id(), proposal.name(), DecisionAction.APPROVE, null,
				adminId);
		this.events.publishEvent(new CompanyProposalApproved(proposal.id(), company.id()));
		return proposal.toView();
	}

	public CompanyProposalView reject(long proposalId, String reason, long adminId) {
		CompanyProposal proposal = pendingProposal(proposalId);
		proposal.reject(this.clock.instant());
		this.moderationLog.record(DecisionSubject.COMPANY, proposal.id(), proposal.name(), DecisionAction.REJECT,
				reason, adminId);
		return proposal.toView();
	}

	private CompanyProposal pendingProposal(long id) {
		return this.proposals.findById(id)
			.filter((proposal) -> proposal.status() == CompanyProposal.Status.PENDING)
			.orElseThrow(() -> NotFoundException.of("pending company proposal", String.valueOf(id)));
	}

	private String uniqueSlug(String name) {
		String base = Slugs.of(name, 70);
		if (base.isEmpty()) {
			base = "company";
		}
		String slug = base;
		for (int n = 2; this.companies.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
