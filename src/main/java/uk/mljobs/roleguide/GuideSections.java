package uk.mljobs.roleguide;

import java.util.List;

import org.springframework.data.repository.Repository;

interface GuideSections extends Repository<GuideSection, Long> {

	List<GuideSection> findByRoleIdOrderByPosition(long roleId);

}
