package org.practica.signup;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ShiftRepository extends ListCrudRepository<Shift, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from Shift s where s.id = :id")
	Optional<Shift> findForUpdate(@Param("id") Long id);

	List<Shift> findByProjectIdOrderByStartsAtAscIdAsc(Long projectId);

	List<Shift> findByProjectIdInAndStartsAtBetweenOrderByStartsAtAscIdAsc(List<Long> projectIds, Instant from,
			Instant to);

	List<Shift> findByStartsAtBetweenOrderByStartsAtAscIdAsc(Instant from, Instant to);

}
