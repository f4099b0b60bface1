package org.practica.partnership;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends ListCrudRepository<Agreement, Long> {

	/**
	 * Agreements with a party inside the subtree at this path, or with a party above it.
	 */
	@Query("""
			select a from Agreement a
			where a.universitySidePath like concat(:path, '%') or a.localSidePath like concat(:path, '%')
			   or :path like concat(a.universitySidePath, '%') or :path like concat(a.localSidePath, '%')
			order by a.endsOn, a.id
			""")
	List<Agreement> findTouching(@Param("path") String path);

	/**
	 * Signed agreements, not terminated, ending in the given days, with a party inside
	 * the subtree at this path or above it; soonest end first.
	 */
	@Query("""
			select a from Agreement a
			where a.signedOn is not null and a.terminatedOn is null and a.endsOn >= :from and a.endsOn <= :to
			  and (a.universitySidePath like concat(:path, '%') or a.localSidePath like concat(:path, '%')
			   or :path like concat(a.universitySidePath, '%') or :path like concat(a.localSidePath, '%'))
			order by a.endsOn, a.id
			""")
	List<Agreement> touchingEndingBetween(@Param("path") String path, @Param("from") LocalDate from,
			@Param("to") LocalDate to, Limit limit);

	/** Signed agreements, not terminated, ending in the given days. */
	@Query("""
			select a from Agreement a
			where a.signedOn is not null and a.terminatedOn is null and a.endsOn >= :from and a.endsOn <= :to
			order by a.id
			""")
	List<Agreement> signedEndingBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

}
