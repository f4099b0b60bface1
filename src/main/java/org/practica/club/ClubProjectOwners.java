package org.practica.club;

import org.practica.directory.CurrentUser;
import org.practica.project.ProjectOwners;

import org.springframework.stereotype.Component;

/**
 * A club's activities are projects it owns: its officers and accepted instructors run
 * them (shifts, check-in, hours), and its active members are the members an activity open
 * to members only takes.
 */
@Component
class ClubProjectOwners implements ProjectOwners {

	static final String KIND = "CLUB";

	private final ClubMemberRepository members;

	private final ClubInstructorRepository instructors;

	ClubProjectOwners(ClubMemberRepository members, ClubInstructorRepository instructors) {
		this.members = members;
		this.instructors = instructors;
	}

	@Override
	public boolean owns(String ownerKind) {
		return KIND.equals(ownerKind);
	}

	@Override
	public boolean manages(CurrentUser by, Long clubId) {
		if (by == null) {
			return false;
		}
		return this.members.live(clubId, by.id()).map(m -> m.isActive() && m.isOfficer()).orElse(false)
				|| this.instructors.findByClubIdAndAccountId(clubId, by.id())
					.map(ClubInstructor::accepted)
					.orElse(false);
	}

	@Override
	public boolean isMember(CurrentUser student, Long clubId) {
		return student != null && this.members.live(clubId, student.id()).map(ClubMember::isActive).orElse(false);
	}

}
