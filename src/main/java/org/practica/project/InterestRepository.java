package org.practica.project;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface InterestRepository extends ListCrudRepository<Interest, Long> {

	Optional<Interest> findByNeedIdAndOfferId(Long needId, Long offerId);

	@Query("""
			select i from Interest i
			where i.communityPath like concat(:path, '%') or i.teamPath like concat(:path, '%')
			order by i.updatedAt desc, i.id desc
			""")
	List<Interest> findInvolving(@Param("path") String path);

	/**
	 * Interests a community has marked in offers of the teams in a subtree that the team
	 * has not answered yet, newest first.
	 */
	@Query("""
			select i from Interest i
			where i.teamPath like concat(:path, '%') and i.fromCommunity = true and i.fromTeam = false
			  and i.projectId is null
			order by i.updatedAt desc, i.id desc
			""")
	List<Interest> awaitingTeam(@Param("path") String path, Limit limit);

	List<Interest> findByNeedId(Long needId);

	List<Interest> findByOfferId(Long offerId);

}
