package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RoleFacts extends Repository<RoleFact, Long> {

	List<RoleFact> findByRoleIdOrderByKindAscPositionAsc(long roleId);

}
