package uk.mljobs.company;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SectorProfiles extends Repository<SectorProfile, Long> {

	List<SectorProfile> findByRoleIdOrderByPosition(long roleId);

}
