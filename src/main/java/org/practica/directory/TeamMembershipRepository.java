package org.practica.directory;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface TeamMembershipRepository extends ListCrudRepository<TeamMembership, TeamMembership.Key> {

	@Query("select a from Account a where a.id in (select m.key.accountId from TeamMembership m where m.key.teamId = :teamId) order by a.displayName")
	List<Account> findMembers(@Param("teamId") Long teamId);

	@Query("select o from Organisation o where o.id in (select m.key.teamId from TeamMembership m where m.key.accountId = :accountId) order by o.name")
	List<Organisation> findTeams(@Param("accountId") Long accountId);

	/**
	 * The students whose role is held in the subtree at {@code path} (a university's)
	 * with this username or student number.
	 */
	@Query("""
			select distinct a from Account a join a.grants g
			where g.role = org.practica.directory.Role.STUDENT and g.organisationPath like concat(:path, '%')
			  and (a.username = :key or a.studentNumber = :key)
			""")
	List<Account> findStudentsIn(@Param("path") String path, @Param("key") String key);

}
