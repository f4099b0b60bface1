package org.practica.notice;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface NoticeRepository extends ListCrudRepository<Notice, Long> {

	/**
	 * Notices not ended whose window has passed and that have no undecided objection, the
	 * oldest close first.
	 */
	@Query("""
			select n.id from Notice n
			where n.endedAt is null and n.closesAt <= :now
			  and not exists (select o.id from Objection o where o.noticeId = n.id and o.decidedAt is null)
			order by n.closesAt, n.id
			""")
	List<Long> dueToEnd(@Param("now") Instant now, Limit limit);

	/**
	 * Marks the notice ended, unless it already is: 1 for the one caller that ends it, 0
	 * for every other, on any number of instances.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Notice n set n.endedAt = :now where n.id = :id and n.endedAt is null")
	int markEnded(@Param("id") Long id, @Param("now") Instant now);

	List<Notice> findByOwnerKindAndOwnerIdOrderById(String ownerKind, Long ownerId);

	/** Notices of organisations inside the subtree at this path, newest first. */
	@Query("select n from Notice n where n.organisationPath like concat(:path, '%') order by n.opensAt desc, n.id desc")
	List<Notice> inside(@Param("path") String path, Limit limit);

	/** Notices open at this instant, soonest close first. */
	@Query("select n from Notice n where n.opensAt <= :now and n.closesAt > :now order by n.closesAt, n.id")
	List<Notice> openAt(@Param("now") Instant now, Limit limit);

}
