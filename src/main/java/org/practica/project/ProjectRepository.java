package org.practica.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends ListCrudRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	boolean existsByNeedIdAndOfferIdIsNull(Long needId);

	List<Project> findByNeedId(Long needId);

	List<Project> findByOwnerKindAndOwnerIdOrderByStartDateDescIdDesc(String ownerKind, Long ownerId);

	@Query("select distinct p.needId from Project p where p.needId in :needIds")
	List<Long> needsWithProjects(@Param("needIds") Collection<Long> needIds);

	/** Active projects of the teams in a subtree, oldest first. */
	@Query("""
			select p from Project p
			where p.teamPath like concat(:path, '%') and p.status = org.practica.project.ProjectStatus.ACTIVE
			order by p.createdAt, p.id
			""")
	List<Project> activeOfTeams(@Param("path") String path, Limit limit);

}
