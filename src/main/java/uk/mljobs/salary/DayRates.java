package uk.mljobs.salary;

import java.util.List;

import org.springframework.data.repository.Repository;

interface DayRates extends Repository<DayRate, Long> {

	List<DayRate> findByRoleId(long roleId);

}
