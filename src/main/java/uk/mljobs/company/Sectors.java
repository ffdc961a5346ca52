package uk.mljobs.company;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface Sectors extends Repository<Sector, Long> {

	List<Sector> findAllByOrderByName();

	Optional<Sector> findBySlug(String slug);

	boolean existsByNameIgnoreCase(String name);

	Sector save(Sector sector);

}
