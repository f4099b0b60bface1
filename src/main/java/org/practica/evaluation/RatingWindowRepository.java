package org.practica.evaluation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface RatingWindowRepository extends ListCrudRepository<RatingWindow, Long> {

	/**
	 * The window, locked until the transaction ends: ratings of one project go one by
	 * one.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from RatingWindow w where w.projectId = :projectId")
	Optional<RatingWindow> lock(@Param("projectId") Long projectId);

	/** Windows that have closed and whose ratings the job has not published yet. */
	@Query("select w.projectId from RatingWindow w where w.closedAt is null and w.closesAt <= :now order by w.closesAt")
	List<Long> closedUnpublished(@Param("now") Instant now, Limit limit);

	/** Claims the window's publication for this run; 0 when another has. */
	@Modifying
	@Query("update RatingWindow w set w.closedAt = :now where w.projectId = :projectId and w.closedAt is null")
	int claimClosing(@Param("projectId") Long projectId, @Param("now") Instant now);

	/** Claims the notices at completion; 0 when they went already. */
	@Modifying
	@Query("update RatingWindow w set w.notifiedAt = :now where w.projectId = :projectId and w.notifiedAt is null")
	int claimNotice(@Param("projectId") Long projectId, @Param("now") Instant now);

	/** Open windows of projects completed before the given instant, not reminded yet. */
	@Query("""
			select w from RatingWindow w
			where w.remindedAt is null and w.completedAt <= :completedBefore and w.closesAt > :now
			order by w.completedAt
			""")
	List<RatingWindow> dueForReminder(@Param("completedBefore") Instant completedBefore, @Param("now") Instant now,
			Limit limit);

	/** Claims the window's reminder; 0 when another run has. */
	@Modifying
	@Query("update RatingWindow w set w.remindedAt = :now where w.projectId = :projectId and w.remindedAt is null")
	int claimReminder(@Param("projectId") Long projectId, @Param("now") Instant now);

}
