package org.practica.signup;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.practica.directory.CurrentUser;
import org.practica.directory.TeamCommitments;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.support.Problem;

import org.springframework.stereotype.Component;

/**
 * A team member's places on the shifts of the team's projects. They go with the
 * membership: a student removed from the team no longer sees its projects, so could not
 * check in. Places on shifts not yet started are given up as the team's organiser would
 * (the first on the waitlist moves up); a member serving on a shift under way is not
 * removed until it is over, so that their check-out and hours are not cut off.
 */
@Component
class TeamShiftPlaces implements TeamCommitments {

	private final SignupRepository signups;

	private final Signups rules;

	private final Projects projects;

	private final Clock clock;

	TeamShiftPlaces(SignupRepository signups, Signups rules, Projects projects, Clock clock) {
		this.signups = signups;
		this.rules = rules;
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	public Map<Long, Integer> held(Long teamId, Collection<Long> memberIds) {
		Instant now = this.clock.instant();
		List<Signup> coming = new ArrayList<>();
		List<Long> ids = List.copyOf(memberIds);
		for (int i = 0; i < ids.size(); i += 1000) {
			this.signups.heldNotEnded(ids.subList(i, Math.min(ids.size(), i + 1000)), now)
				.stream()
				.filter(s -> s.getStartsAt().isAfter(now))
				.forEach(coming::add);
		}
		Set<Long> teamProjects = teamProjects(teamId, coming);
		Map<Long, Integer> held = new HashMap<>();
		coming.stream()
			.filter(s -> teamProjects.contains(s.getProjectId()))
			.forEach(s -> held.merge(s.getStudentId(), 1, Integer::sum));
		return held;
	}

	@Override
	public void release(CurrentUser by, Long teamId, Long memberId) {
		Instant now = this.clock.instant();
		List<Signup> held = this.signups.heldNotEnded(List.of(memberId), now);
		Set<Long> teamProjects = teamProjects(teamId, held);
		List<Signup> ofTeam = held.stream().filter(s -> teamProjects.contains(s.getProjectId())).toList();
		if (ofTeam.stream().anyMatch(s -> s.isConfirmed() && !s.getStartsAt().isAfter(now))) {
			throw Problem.conflict("team.member.serving");
		}
		ofTeam.stream().filter(s -> s.getStartsAt().isAfter(now)).forEach(s -> this.rules.cancel(by, s.getId()));
	}

	private Set<Long> teamProjects(Long teamId, List<Signup> places) {
		Set<Long> projectIds = places.stream().map(Signup::getProjectId).collect(Collectors.toSet());
		if (projectIds.isEmpty()) {
			return Set.of();
		}
		return this.projects.all(projectIds)
			.stream()
			.filter(p -> teamId.equals(p.getTeamId()))
			.map(Project::getId)
			.collect(Collectors.toSet());
	}

}
