package uk.mljobs.salary;

import java.util.List;

import org.springframework.data.repository.Repository;

interface MarketSalaries extends Repository<MarketSalary, Long> {

	List<MarketSalary> findByRoleId(long roleId);

}
