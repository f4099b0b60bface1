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

	/**
	 * Pending entries of the communities in a subtree that wait for the community: from
	 * attendance, corrections, and back-fills the community has not verified yet.
	 */
	@Query("""
			select count(e), min(e.workDate), min(e.recordedAt) from HoursEntry e
			where e.status = org.practica.hours.HoursStatus.PENDING and e.communityPath like concat(:path, '%')
			  and (e.backfillStage is null or e.backfillStage = org.practica.hours.BackfillStage.AWAITING_COMMUNITY)
			""")
	List<Object[]> waitingForCommunity(@Param("path") String path);

	/** Back-fills of projects of the communities in a subtree in the given stage. */
	@Query("""
			select count(e), min(e.workDate), min(e.recordedAt) from HoursEntry e
			where e.status = org.practica.hours.HoursStatus.PENDING and e.backfillStage = :stage
			  and e.communityPath like concat(:path, '%')
			""")
	List<Object[]> backfillsOfCommunities(@Param("path") String path, @Param("stage") BackfillStage stage);

	/** Back-fills of students of a subtree in the given stage. */
	@Query("""
			select count(e), min(e.workDate), min(e.recordedAt) from HoursEntry e
			where e.status = org.practica.hours.HoursStatus.PENDING and e.backfillStage = :stage
			  and e.studentPath like concat(:path, '%')
			""")
	List<Object[]> backfillsOfStudents(@Param("path") String path, @Param("stage") BackfillStage stage);

	/** The student's verified and pending hours served in the period. */
	@Query("""
			select coalesce(sum(case when e.status = org.practica.hours.HoursStatus.VERIFIED then e.hours end), 0),
			       coalesce(sum(case when e.status = org.practica.hours.HoursStatus.PENDING then e.hours end), 0)
			from HoursEntry e
			where e.studentId = :studentId and e.workDate >= :from and e.workDate <= :to
			""")
	List<Object[]> sumsBetween(@Param("studentId") Long studentId, @Param("from") LocalDate from,
			@Param("to") LocalDate to);

	@Query("""
			select e.projectId, coalesce(sum(e.hours), 0) from HoursEntry e
			where e.projectId in :projectIds and e.status = org.practica.hours.HoursStatus.VERIFIED
			group by e.projectId
			""")
	List<Object[]> verifiedByProject(@Param("projectIds") java.util.Collection<Long> projectIds);

	@Query("""
			select e.studentId, coalesce(sum(e.hours), 0) from HoursEntry e
			where e.projectId = :projectId and e.status = org.practica.hours.HoursStatus.VERIFIED
			group by e.studentId
			""")
	List<Object[]> verifiedByStudent(@Param("projectId") Long projectId);

	boolean existsByProjectIdAndStudentIdAndStatus(Long projectId, Long studentId, HoursStatus status);

	boolean existsByProjectIdAndStudentIdAndSource(Long projectId, Long studentId, HoursSource source);

	@Query("select distinct e.projectId, e.studentId from HoursEntry e where e.projectId in :projectIds")
	List<Object[]> studentsByProject(@Param("projectIds") java.util.Collection<Long> projectIds);

	List<HoursEntry> findByIdGreaterThanOrderById(Long id, org.springframework.data.domain.Limit limit);

	@Query("""
			select e from HoursEntry e
			where e.status = org.practica.hours.HoursStatus.PENDING and e.recordedAt < :before
			  and e.communityVerifiedAt is null
			""")
	List<HoursEntry> pendingSince(@Param("before") Instant before);

	List<HoursEntry> findByProjectIdInAndStatusOrderByRecordedAtAscIdAsc(java.util.Collection<Long> projectIds,
			HoursStatus status);

}
