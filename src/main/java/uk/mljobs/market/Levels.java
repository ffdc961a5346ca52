package uk.mljobs.market;

import java.util.List;

import org.springframework.data.repository.Repository;

interface Levels extends Repository<Level, Long> {

	List<Level> findByRoleIdOrderByPosition(long roleId);

	List<Level> findAllByOrderByRoleIdAscPositionAsc();

}
