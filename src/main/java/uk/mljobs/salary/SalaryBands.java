package uk.mljobs.salary;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SalaryBands extends Repository<SalaryBand, Long> {

	List<SalaryBand> findAll();

	/** The role's live bands: retired ones have left the public tables. */
	List<SalaryBand> findByRoleIdAndRetiredAtIsNull(long roleId);

	List<SalaryBand> findByRoleIdOrderByLevelIdAscRegionIdAscIdAsc(long roleId);

	Optional<SalaryBand> findById(long id);

	boolean existsByLevelIdAndRegionIdAndRetiredAtIsNull(long levelId, long regionId);

	SalaryBand save(SalaryBand band);

	SalaryBand saveAndFlush(SalaryBand band);

}
