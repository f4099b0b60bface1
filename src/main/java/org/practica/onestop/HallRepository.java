package org.practica.onestop;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface HallRepository extends ListCrudRepository<ResidenceHall, Long> {

	List<ResidenceHall> findByUniversityIdOrderByName(Long universityId);

}
