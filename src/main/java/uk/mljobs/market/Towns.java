package uk.mljobs.market;

import java.util.List;

import org.springframework.data.repository.Repository;

interface Towns extends Repository<Town, Long> {

	List<Town> findAllByOrderByName();

	boolean existsBySlug(String slug);

	boolean existsByNameIgnoreCase(String name);

	Town save(Town town);

}
