package org.practica.round;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface MatchingRoundRepository extends ListCrudRepository<MatchingRound, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from MatchingRound r where r.id = :id")
	Optional<MatchingRound> findForUpdate(@Param("id") Long id);

	@Query("select r from MatchingRound r where r.organisationPath like concat(:path, '%') order by r.closesAt desc, r.id desc")
	Slice<MatchingRound> findInSubtree(@Param("path") String path, Pageable slice);

	Slice<MatchingRound> findAllByOrderByClosesAtDescIdDesc(Pageable slice);

}
