package org.practica.evaluation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CriterionRepository extends ListCrudRepository<Criterion, Long> {

	/** The criteria chosen by any of the organisations at these paths. */
	List<Criterion> findByAboutAndOrganisationPathIn(About about, Collection<String> paths);

	@Modifying(flushAutomatically = true)
	@Query("delete from Criterion c where c.organisationId = :organisationId and c.about = :about")
	int deleteOwn(@Param("organisationId") Long organisationId, @Param("about") About about);

}
