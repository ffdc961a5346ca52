package uk.mljobs.salary;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface MarketSalaries extends Repository<MarketSalary, Long> {

	List<MarketSalary> findByRoleId(long roleId);

	long countByRoleId(long roleId);

	MarketSalary save(MarketSalary salary);

	/**
	 * Runs at once, not at flush, so the role's new figures can take the same regions.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("DELETE FROM MarketSalary s WHERE s.roleId = :roleId")
	int deleteByRoleId(long roleId);

}
