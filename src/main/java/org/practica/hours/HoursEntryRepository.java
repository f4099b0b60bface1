package org.practica.hours;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface HoursEntryRepository extends ListCrudRepository<HoursEntry, Long>, JpaSpecificationExecutor<HoursEntry> {

	@Query(value = "select nextval('hours_entry_seq')", nativeQuery = true)
	long nextId();

	@Query("""
			select coalesce(sum(e.hours), 0) from HoursEntry e
			where e.studentId = :studentId and e.source = org.practica.hours.HoursSource.BACKFILL
			  and e.status <> org.practica.hours.HoursStatus.SUPERSEDED
			  and e.status <> org.practica.hours.HoursStatus.DISPUTED
			  and e.workDate >= :from and e.workDate <= :to
			""")
	BigDecimal backfilledBetween(@Param("studentId") Long studentId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@Query("""
			select e from HoursEntry e
			where e.studentId = :studentId and e.status = org.practica.hours.HoursStatus.VERIFIED
			  and e.workDate >= :from and e.workDate <= :to
			order by e.workDate, e.id
			""")
	List<HoursEntry> verifiedBetween(@Param("studentId") Long studentId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	List<HoursEntry> findByStudentIdOrderByWorkDateDescIdDesc(Long studentId);

	@Query("""
			select e.projectId, coalesce(sum(e.hours), 0) from HoursEntry e
			where e.projectId in :projectIds and e.status = org.practica.hours.HoursStatus.VERIFIED
			group by e.projectId
			""")
	List<Object[]> verifiedByProject(@Param("projectIds") java.util.Collection<Long> projectIds);

	@Query("select distinct e.projectId, e.studentId from HoursEntry e where e.projectId in :projectIds")
	List<Object[]> studentsByProject(@Param("projectIds") java.util.Collection<Long> projectIds);

	List<HoursEntry> findByIdGreaterThanOrderById(Long id, org.springframework.data.domain.Limit limit);

	@Query("""
			select e from HoursEntry e
			where e.status = org.practica.hours.HoursStatus.PENDING and e.recordedAt < :before
			  and e.communityVerifiedAt is null
			""")
	List<HoursEntry> pendingSince(@Param("before") Instant before);

}
