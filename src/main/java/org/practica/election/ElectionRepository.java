package org.practica.election;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.practica.club.Office;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ElectionRepository extends JpaRepository<Election, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Election e where e.id = :id")
	Optional<Election> findForUpdate(@Param("id") Long id);

	List<Election> findByClubIdOrderByCalledAtDescIdDesc(Long clubId);

	@Query("select count(e) > 0 from Election e where e.clubId = :clubId and e.office = :office"
			+ " and e.status in (org.practica.election.Election.Status.OPEN, org.practica.election.Election.Status.NOTICE,"
			+ " org.practica.election.Election.Status.RUNOFF_NEEDED)")
	boolean undecided(@Param("clubId") Long clubId, @Param("office") Office office);

	/** Elections a job has something to do for: a roll to freeze, a reminder, a count. */
	@Query("select e.id from Election e where e.status = org.practica.election.Election.Status.OPEN and ("
			+ "(e.rollFrozenAt is null and e.nominationsClose <= :now) or e.closesAt <= :now"
			+ " or (e.remindedAt is null and e.closesAt <= :remindBy)) order by e.id")
	List<Long> due(@Param("now") Instant now, @Param("remindBy") Instant remindBy);

}
