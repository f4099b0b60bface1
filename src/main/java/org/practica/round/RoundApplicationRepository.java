package org.practica.round;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RoundApplicationRepository extends ListCrudRepository<RoundApplication, Long> {

	List<RoundApplication> findByRoundIdOrderByStudentIdAscChoiceAsc(Long roundId);

}
