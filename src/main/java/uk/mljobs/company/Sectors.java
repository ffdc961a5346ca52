package uk.mljobs.company;

import java.util.List;

import org.springframework.data.repository.Repository;

interface Sectors extends Repository<Sector, Long> {

	List<Sector> findAllByOrderByName();

}
