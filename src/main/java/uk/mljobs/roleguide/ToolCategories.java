package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ToolCategories extends Repository<ToolCategory, Long> {

	List<ToolCategory> findByRoleIdOrderByPosition(long roleId);

}
