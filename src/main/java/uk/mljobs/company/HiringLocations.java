package uk.mljobs.company;

import java.util.List;

import org.springframework.data.repository.Repository;

interface HiringLocations extends Repository<HiringLocation, Long> {

	List<HiringLocation> findByRoleIdOrderByPosition(long roleId);

}
