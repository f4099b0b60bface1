package org.practica.award;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface NominationRepository extends ListCrudRepository<Nomination, Long> {

	List<Nomination> findByCallIdOrderById(Long callId);

	List<Nomination> findByCallIdAndAwardedTrueOrderById(Long callId);

	boolean existsByCallIdAndNomineeId(Long callId, Long nomineeId);

	long countByCallIdAndNominatingOrganisationId(Long callId, Long nominatingOrganisationId);

	/** The awarded nominations of nominees inside the subtree at this path. */
	@Query("""
			select n from Nomination n
			where n.awarded = true
			  and (n.nomineePath like concat(:path, '%') or n.nomineeOtherPath like concat(:path, '%'))
			order by n.id desc
			""")
	List<Nomination> awardedInside(@Param("path") String path, Limit limit);

	@Query("select n from Nomination n where n.awarded = true and n.nomineeId = :nomineeId order by n.id desc")
	List<Nomination> awardedTo(@Param("nomineeId") Long nomineeId);

}
