package uk.mljobs.company;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Companies extends Repository<Company, Long> {

	List<Company> findAllByOrderByName();

	Optional<Company> findBySlug(String slug);

	Optional<Company> findById(long id);

	Optional<Company> findByNameIgnoreCase(String name);

	boolean existsBySlug(String slug);

	@Query("SELECT c.id AS id, c.name AS name FROM Company c")
	List<Named> names();

	Company save(Company company);

	Company saveAndFlush(Company company);

	/** Companies a role guide names as hiring, in the guide's order. */
	@Query(value = """
			SELECT c.* FROM company c JOIN role_company rc ON rc.company_id = c.id
			WHERE rc.role_id = :roleId ORDER BY rc.position""", nativeQuery = true)
	List<Company> findHiringForRole(long roleId);

	interface Named {

		long getId();

		String getName();

	}

}
