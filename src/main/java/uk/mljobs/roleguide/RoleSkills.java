package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoleSkills extends Repository<RoleSkill, RoleSkill.Key> {

	@Query("select s from RoleSkill s where s.key.roleId = :roleId order by s.position")
	List<RoleSkill> findByRoleId(long roleId);

}
