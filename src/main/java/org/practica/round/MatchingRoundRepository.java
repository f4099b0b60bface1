package org.practica.round;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface MatchingRoundRepository extends ListCrudRepository<MatchingRound, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from MatchingRound r where r.id = :id")
	Optional<MatchingRound> findForUpdate(@Param("id") Long id);

	@Query("select r from MatchingRound r where r.organisationPath like concat(:path, '%') order by r.closesAt desc, r.id desc")
	List<MatchingRound> findInSubtree(@Param("path") String path, Limit limit);

	List<MatchingRound> findAllByOrderByClosesAtDescIdDesc(Limit limit);

}
