package org.practica.signup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface SignupRepository extends ListCrudRepository<Signup, Long> {

	/**
	 * The shifts of the student's places that share a moment with the given span (its own
	 * shift included).
	 */
	@Query("""
			select s.shiftId from Signup s
			where s.studentId = :studentId and s.status <> org.practica.signup.SignupStatus.CANCELLED
			  and s.startsAt < :endsAt and s.endsAt > :startsAt
			""")
	List<Long> overlapping(@Param("studentId") Long studentId, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt, Limit limit);

	/** The places (not cancelled) of these students that share a moment with the span. */
	@Query("""
			select s from Signup s
			where s.studentId in :studentIds and s.status <> org.practica.signup.SignupStatus.CANCELLED
			  and s.startsAt < :endsAt and s.endsAt > :startsAt
			""")
	List<Signup> placesOfBetween(@Param("studentIds") Collection<Long> studentIds, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt);

	/** The shifts of the student's confirmed places that share a moment with the span. */
	@Query("""
			select s.shiftId from Signup s
			where s.studentId = :studentId and s.status = org.practica.signup.SignupStatus.CONFIRMED
			  and s.startsAt < :endsAt and s.endsAt > :startsAt
			""")
	List<Long> confirmedOverlapping(@Param("studentId") Long studentId, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt, Limit limit);

	@Query("""
			select s from Signup s
			where s.shiftId = :shiftId and s.status = org.practica.signup.SignupStatus.WAITLISTED
			order by s.queueNumber
			""")
	List<Signup> firstWaiting(@Param("shiftId") Long shiftId, Limit limit);

	List<Signup> findByShiftIdOrderByQueueNumber(Long shiftId);

	@Query("""
			select distinct s.projectId, s.studentId from Signup s
			where s.projectId in :projectIds and s.status <> org.practica.signup.SignupStatus.CANCELLED
			""")
	List<Object[]> studentsByProject(@Param("projectIds") java.util.Collection<Long> projectIds);

	List<Signup> findByStudentIdOrderByStartsAtDescIdDesc(Long studentId);

	/** The student's sign-ups to shifts not ended yet, soonest first. */
	@Query("""
			select s from Signup s where s.studentId = :studentId and s.endsAt > :now
			order by s.startsAt, s.id
			""")
	List<Signup> comingOf(@Param("studentId") Long studentId, @Param("now") Instant now);

	/** The student's sign-ups to shifts that have ended, latest first. */
	@Query("""
			select s from Signup s where s.studentId = :studentId and s.endsAt <= :now
			order by s.startsAt desc, s.id desc
			""")
	List<Signup> pastOf(@Param("studentId") Long studentId, @Param("now") Instant now);

	/** The student's places (not cancelled) on shifts not ended yet, soonest first. */
	@Query("""
			select s from Signup s
			where s.studentId = :studentId and s.status <> org.practica.signup.SignupStatus.CANCELLED
			  and s.endsAt > :now
			order by s.startsAt, s.id
			""")
	List<Signup> heldFrom(@Param("studentId") Long studentId, @Param("now") Instant now, Limit limit);

	/** The student's places (not cancelled) among these shifts. */
	@Query("""
			select s from Signup s
			where s.studentId = :studentId and s.shiftId in :shiftIds
			  and s.status <> org.practica.signup.SignupStatus.CANCELLED
			""")
	List<Signup> heldAmong(@Param("studentId") Long studentId, @Param("shiftIds") Collection<Long> shiftIds);

	/** The places (not cancelled) on these shifts, by shift and queue order. */
	@Query("""
			select s from Signup s
			where s.shiftId in :shiftIds and s.status <> org.practica.signup.SignupStatus.CANCELLED
			order by s.shiftId, s.queueNumber
			""")
	List<Signup> placesOn(@Param("shiftIds") Collection<Long> shiftIds);

	/**
	 * The student's confirmed places on shifts ending after the instant, soonest first.
	 */
	@Query("""
			select s from Signup s
			where s.studentId = :studentId and s.status = org.practica.signup.SignupStatus.CONFIRMED
			  and s.endsAt > :since
			order by s.startsAt, s.id
			""")
	List<Signup> confirmedEndingAfter(@Param("studentId") Long studentId, @Param("since") Instant since, Limit limit);

	Optional<Signup> findByShiftIdAndStudentIdAndStatus(Long shiftId, Long studentId, SignupStatus status);

	@Query("""
			select s from Signup s
			where s.status = org.practica.signup.SignupStatus.CONFIRMED and s.startsAt >= :from and s.startsAt < :to
			""")
	List<Signup> confirmedStartingBetween(@Param("from") Instant from, @Param("to") Instant to);

	/** The places these students hold (not cancelled) on shifts that have not ended. */
	@Query("""
			select s from Signup s
			where s.studentId in :studentIds and s.status <> org.practica.signup.SignupStatus.CANCELLED
			  and s.endsAt > :now
			""")
	List<Signup> heldNotEnded(@Param("studentIds") java.util.Collection<Long> studentIds, @Param("now") Instant now);

	boolean existsByProjectIdAndStudentIdAndStatus(Long projectId, Long studentId, SignupStatus status);

}
