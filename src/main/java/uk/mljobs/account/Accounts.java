package uk.mljobs.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Accounts extends JpaRepository<Account, Long> {

	Optional<Account> findByEmail(String email);

	boolean existsByEmail(String email);

	List<Account> findByIdInAndEnabledFalse(Collection<Long> ids);

	List<Account> findByCompanyProposalId(long companyProposalId);

	boolean existsByDemoTrueAndEnabledTrue();

	List<Account> findByRoleOrderByNameAscIdAsc(AccountRole role);

}
