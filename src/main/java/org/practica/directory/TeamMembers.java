package org.practica.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Those who manage a team (its leader, the admins above it) add and remove its members. A
 * member is a student of the team's university; one who is removed gives up, in the same
 * transaction, what they hold through the team ({@link TeamCommitments}).
 */
@Service
@Transactional(readOnly = true)
public class TeamMembers {

	private final OrganisationRepository organisations;

	private final TeamMembershipRepository memberships;

	private final Accounts accounts;

	private final List<TeamCommitments> commitments;

	private final ApplicationEventPublisher events;

	TeamMembers(OrganisationRepository organisations, TeamMembershipRepository memberships, Accounts accounts,
			List<TeamCommitments> commitments, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.memberships = memberships;
		this.accounts = accounts;
		this.commitments = commitments;
		this.events = events;
	}

	/**
	 * Adds the student with this username or student number, who must study at the team's
	 * university. Anyone else, at another university or nowhere, is "no such student"
	 * alike.
	 * @return the student added
	 */
	@Transactional
	public Account add(CurrentUser by, Long teamId, String usernameOrNumber) {
		Organisation team = managedTeam(by, teamId);
		String key = usernameOrNumber == null ? "" : usernameOrNumber.strip();
		if (key.isEmpty()) {
			throw FieldProblem.invalid("username", "team.member.required");
		}
		List<Account> found = this.memberships.findStudentsIn("/" + team.rootId() + "/", key);
		if (found.isEmpty()) {
			throw FieldProblem.unprocessable("username", "team.member.unknown");
		}
		if (found.size() > 1) {
			throw FieldProblem.unprocessable("username", "team.member.ambiguous", key);
		}
		this.accounts.addMember(by, teamId, found.get(0).getId());
		return found.get(0);
	}

	/**
	 * Removes a member, giving up what they hold through the team (their places on the
	 * coming shifts of its projects go to the waitlist). Refused, with nothing changed,
	 * when something cannot be given up now (they are serving on a shift under way). 404
	 * when the student is not a member.
	 */
	@Transactional
	public void remove(CurrentUser by, Long teamId, Long accountId) {
		managedTeam(by, teamId);
		TeamMembership.Key key = new TeamMembership.Key(teamId, accountId);
		if (!this.memberships.existsById(key)) {
			throw Problem.notFound();
		}
		// one change to the student's places at a time: a sign-up, or this removal
		this.accounts.lock(accountId);
		if (!this.memberships.existsById(key)) {
			throw Problem.notFound();
		}
		this.commitments.forEach(c -> c.release(by, teamId, accountId));
		this.memberships.deleteById(key);
		this.accounts.membershipEnded(key);
		this.events.publishEvent(new TeamLeft(accountId, teamId));
	}

	/**
	 * How many things each member holds that removing them would give up, by member;
	 * members holding nothing are left out.
	 */
	public Map<Long, Integer> held(Long teamId, Collection<Long> memberIds) {
		Map<Long, Integer> held = new HashMap<>();
		if (!memberIds.isEmpty()) {
			this.commitments
				.forEach(c -> c.held(teamId, memberIds).forEach((id, n) -> held.merge(id, n, Integer::sum)));
		}
		return held;
	}

	/** The team, for one who manages it: 404 when it is no team, 403 when not theirs. */
	private Organisation managedTeam(CurrentUser by, Long teamId) {
		Organisation team = this.organisations.findById(teamId).orElseThrow(Problem::notFound);
		if (team.getKind() != OrganisationKind.TEAM) {
			throw Problem.notFound();
		}
		if (!by.manages(team)) {
			throw Problem.forbidden();
		}
		return team;
	}

}
