package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface CareerStages extends Repository<CareerStage, Long> {

	List<CareerStage> findByRoleIdOrderByPosition(long roleId);

}
