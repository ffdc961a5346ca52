package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface SkillGaps extends Repository<SkillGap, Long> {

	List<SkillGap> findByRoleIdOrderByPosition(long roleId);

}
