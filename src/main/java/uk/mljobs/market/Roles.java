package uk.mljobs.market;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Roles extends Repository<Role, Long> {

	List<Role> findAllByOrderByPosition();

	List<Role> findByPublishedAtIsNotNullOrderByPosition();

	Optional<Role> findBySlug(String slug);

	Optional<Role> findBySlugAndPublishedAtIsNotNull(String slug);

	Optional<Role> findById(long id);

}
