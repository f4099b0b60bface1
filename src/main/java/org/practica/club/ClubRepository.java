package org.practica.club;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClubRepository extends org.springframework.data.jpa.repository.JpaRepository<Club, Long> {

	boolean existsByUniversityIdAndNameKey(Long universityId, String nameKey);

	boolean existsByUniversityIdAndNameKeyAndIdNot(Long universityId, String nameKey, Long id);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Club c where c.id = :id")
	Optional<Club> lockById(@Param("id") Long id);

	/**
	 * Clubs by text ({@code %} for any) and category among the given statuses, in
	 * universities under the path ({@code /} for everywhere). Neither text is null: a
	 * null in {@code like} has no type PostgreSQL accepts.
	 */
	@Query("""
			select c from Club c
			where c.status in :statuses
			  and c.universityPath like concat(:path, '%')
			  and (:category is null or c.category = :category)
			  and (lower(c.name) like :q or lower(c.purpose) like :q)
			""")
	Page<Club> search(@Param("statuses") Collection<ClubStatus> statuses, @Param("path") String path,
			@Param("category") ClubCategory category, @Param("q") String q, Pageable pageable);

	@Query("select c from Club c where c.universityId = :universityId and c.reviewStage = :stage order by c.statusChangedAt, c.id")
	List<Club> awaiting(@Param("universityId") Long universityId, @Param("stage") ReviewStage stage);

	@Query("select c from Club c where c.universityId = :universityId order by c.name, c.id")
	List<Club> inUniversity(@Param("universityId") Long universityId);

	@Query("select c.id from Club c where c.status = org.practica.club.ClubStatus.PROBATION and c.probationEndsAt <= :now")
	List<Long> probationEndedBy(@Param("now") Instant now);

	@Query("select c from Club c where c.status = org.practica.club.ClubStatus.ACTIVE and c.dormantNoticeId is null order by c.id")
	List<Club> activeWithoutProposal();

	@Query("select c.id from Club c where c.dormantNoticeId is not null and c.universityId = :universityId")
	List<Long> proposedForCancellation(@Param("universityId") Long universityId);

	@Query("select c from Club c where c.id in :ids")
	List<Club> byIds(@Param("ids") Collection<Long> ids);

}
