package org.practica.notice;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ObjectionRepository extends ListCrudRepository<Objection, Long> {

	List<Objection> findByNoticeIdOrderById(Long noticeId);

	boolean existsByNoticeIdAndDecidedAtIsNull(Long noticeId);

	/**
	 * The undecided objections to notices of these organisations' subtrees, oldest first.
	 */
	@Query("""
			select o from Objection o, Notice n
			where o.noticeId = n.id and o.decidedAt is null and n.organisationPath like concat(:path, '%')
			order by o.raisedAt, o.id
			""")
	List<Objection> undecidedInside(@Param("path") String path);

	List<Objection> findByNoticeIdInOrderById(Collection<Long> noticeIds);

}
