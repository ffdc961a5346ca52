package uk.mljobs.market;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Roles extends Repository<Role, Long> {

	List<Role> findAllByOrderByPosition();

	Optional<Role> findBySlug(String slug);

}
