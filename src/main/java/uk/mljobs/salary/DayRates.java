package uk.mljobs.salary;

import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DayRates extends Repository<DayRate, Long> {

	List<DayRate> findByRoleId(long roleId);

	long countByRoleId(long roleId);

	DayRate save(DayRate rate);

	/**
	 * Runs at once, not at flush, so the role's new rates can take the same regions.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("DELETE FROM DayRate d WHERE d.roleId = :roleId")
	int deleteByRoleId(long roleId);

}
