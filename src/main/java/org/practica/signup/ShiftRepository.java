package org.practica.signup;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ShiftRepository extends ListCrudRepository<Shift, Long>, JpaSpecificationExecutor<Shift> {

	List<Shift> findByProjectIdOrderByStartsAtAscIdAsc(Long projectId);

	List<Shift> findByProjectIdInAndStartsAtBetweenOrderByStartsAtAscIdAsc(List<Long> projectIds, Instant from,
			Instant to);

	List<Shift> findByStartsAtBetweenOrderByStartsAtAscIdAsc(Instant from, Instant to);

	/** The shifts of projects of the communities in a subtree, starting in a span. */
	@Query("""
			select s from Shift s
			where s.communityPath like concat(:path, '%') and s.startsAt >= :from and s.startsAt < :to
			order by s.startsAt, s.id
			""")
	List<Shift> inCommunitiesBetween(@Param("path") String path, @Param("from") Instant from, @Param("to") Instant to,
			Limit limit);

	/** The shifts of projects of the teams in a subtree, starting in a span. */
	@Query("""
			select s from Shift s
			where s.teamPath like concat(:path, '%') and s.startsAt >= :from and s.startsAt < :to
			order by s.startsAt, s.id
			""")
	List<Shift> ofTeamsBetween(@Param("path") String path, @Param("from") Instant from, @Param("to") Instant to,
			Limit limit);

	/** Which of these projects have a shift starting at or after the instant. */
	@Query("select distinct s.projectId from Shift s where s.projectId in :projectIds and s.startsAt >= :from")
	List<Long> projectsWithShiftsFrom(@Param("projectIds") Collection<Long> projectIds, @Param("from") Instant from);

	/** The project was completed or cancelled: its shifts take nobody any more. */
	@Modifying
	@Query("update Shift s set s.projectOpen = false where s.projectId = :projectId")
	int projectClosed(@Param("projectId") Long projectId);

}
