package uk.mljobs.company;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CompanyProposals extends JpaRepository<CompanyProposal, Long> {

	List<CompanyProposal> findByStatusOrderByCreatedAtAscIdAsc(CompanyProposal.Status status);

}
