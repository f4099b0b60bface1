package org.practica.round;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RoundPreferenceRepository extends ListCrudRepository<RoundPreference, Long> {

	Optional<RoundPreference> findByRoundIdAndStudentId(Long roundId, Long studentId);

	List<RoundPreference> findByRoundIdOrderByStudentId(Long roundId);

}
