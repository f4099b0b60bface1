package org.practica.onestop;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CommunityServiceRepository extends ListCrudRepository<CommunityService, Long> {

	/** The services of organisations above or at the path (a student's college). */
	@Query("""
			select s from CommunityService s where :path like concat(s.organisationPath, '%')
			order by s.kind, s.title, s.id
			""")
	List<CommunityService> offeredAbove(@Param("path") String path);

	/** The services of the organisations in a subtree. */
	@Query("""
			select s from CommunityService s where s.organisationPath like concat(:path, '%')
			order by s.kind, s.title, s.id
			""")
	List<CommunityService> offeredWithin(@Param("path") String path);

}
