package uk.mljobs.company;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompanyProposals extends JpaRepository<CompanyProposal, Long> {

	List<CompanyProposal> findByStatusOrderByCreatedAtAscIdAsc(CompanyProposal.Status status);

	@Query("""
			SELECT other.id FROM CompanyProposal other, CompanyProposal mine
			WHERE mine.id = :id AND lower(trim(other.name)) = lower(trim(mine.name))""")
	List<Long> namedAs(long id);

}
