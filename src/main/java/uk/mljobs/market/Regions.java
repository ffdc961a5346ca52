package uk.mljobs.market;

import java.util.List;

import org.springframework.data.repository.Repository;

interface Regions extends Repository<Region, Long> {

	List<Region> findAllByOrderByPosition();

}
