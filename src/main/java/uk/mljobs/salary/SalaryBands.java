package uk.mljobs.salary;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SalaryBands extends Repository<SalaryBand, Long> {

	List<SalaryBand> findAll();

	List<SalaryBand> findByRoleId(long roleId);

}
