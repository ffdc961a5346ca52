package uk.mljobs.roleguide;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.Repository;

interface Tools extends Repository<Tool, Long> {

	List<Tool> findByIdIn(Collection<Long> ids);

	List<Tool> findAllByOrderByName();

}
