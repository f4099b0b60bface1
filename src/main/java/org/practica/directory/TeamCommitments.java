package org.practica.directory;

import java.util.Collection;
import java.util.Map;

/**
 * What a team's members hold through the team in another module, such as places on the
 * shifts of the team's projects, which only members may keep. A module that gives members
 * something to hold implements it; {@link TeamMembers} asks every implementation inside
 * the transaction that removes a member, so that the removal and what it gives up commit
 * together or not at all.
 */
public interface TeamCommitments {

	/**
	 * How many things each of these members holds that removing them would give up, by
	 * member; members holding nothing are left out.
	 * @param teamId the team
	 * @param memberIds its members
	 * @return the count by member
	 */
	Map<Long, Integer> held(Long teamId, Collection<Long> memberIds);

	/**
	 * Gives up what the member holds through the team, as done by a person who manages
	 * the team. Throws a {@link org.practica.support.Problem} (409) for what cannot be
	 * given up now; then the member stays.
	 * @param by the person removing the member
	 * @param teamId the team
	 * @param memberId the member
	 */
	void release(CurrentUser by, Long teamId, Long memberId);

}
