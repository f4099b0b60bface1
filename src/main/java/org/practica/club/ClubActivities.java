package org.practica.club;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.practica.directory.CurrentUser;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.project.OwnedProject;
import org.practica.project.Project;
import org.practica.project.ProjectStatus;
import org.practica.project.Projects;
import org.practica.support.Problem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A club's activities (a reading month's events): projects the club owns, with the
 * shifts, sign-ups, check-in and hours every project has. Its officers and instructors
 * create and run them.
 */
@Service
@Transactional(readOnly = true)
public class ClubActivities {

	private final Clubs clubs;

	private final ClubProjectOwners owners;

	private final Projects projects;

	private final Hours hours;

	private final Clock clock;

	ClubActivities(Clubs clubs, ClubProjectOwners owners, Projects projects, Hours hours, Clock clock) {
		this.hours = hours;
		this.clubs = clubs;
		this.owners = owners;
		this.projects = projects;
		this.clock = clock;
	}

	/**
	 * An officer or instructor of a running club (on probation or active) creates an
	 * activity: 404 when the club is not visible, 403 when not theirs, 409 when the club
	 * does not run.
	 */
	@Transactional
	public Project create(CurrentUser user, Long clubId, ActivityRequest request) {
		Club club = this.clubs.get(user, clubId);
		if (!this.owners.manages(user, club.getId())) {
			throw Problem.forbidden();
		}
		if (!club.getStatus().isRunning()) {
			throw Problem.conflict("club.activity.not-running");
		}
		return this.projects.createOwned(user,
				new OwnedProject(ClubProjectOwners.KIND, club.getId(), club.getUniversityId(), club.getUniversityPath(),
						request.title(), request.description(), request.place(), request.startDate(), request.endDate(),
						club.getCategory().direction(), request.membersOnly()));
	}

	/** Every activity of the club, latest first. */
	public List<Project> of(Club club) {
		return this.projects.ofOwner(ClubProjectOwners.KIND, club.getId());
	}

	/** The club's active activities that have not ended yet, soonest first. */
	public List<Project> upcoming(Club club) {
		LocalDate today = LocalDate.now(this.clock);
		return of(club).stream()
			.filter(p -> p.getStatus() == ProjectStatus.ACTIVE && !p.getEndDate().isBefore(today))
			.sorted(java.util.Comparator.comparing(Project::getStartDate).thenComparing(Project::getId))
			.toList();
	}

	/**
	 * The hours of the club's activities that wait for verification, oldest first: to
	 * those who run its activities (its officers and instructors), who verify them; 404
	 * for anyone else.
	 */
	public List<HoursEntry> hoursWaiting(CurrentUser user, Club club) {
		if (user == null || !runs(user, club)) {
			throw Problem.notFound();
		}
		return this.hours.waitingInProjects(user, of(club).stream().map(Project::getId).toList());
	}

	/** Whether the person runs the club's activities: an officer or an instructor. */
	public boolean runs(CurrentUser user, Club club) {
		return this.owners.manages(user, club.getId());
	}

	/**
	 * What an officer says about a new activity.
	 *
	 * @param title its title
	 * @param description what it is about
	 * @param place where it takes place
	 * @param startDate its first day
	 * @param endDate its last day
	 * @param membersOnly whether only the club's members may sign up
	 */
	public record ActivityRequest(String title, String description, String place, LocalDate startDate,
			LocalDate endDate, boolean membersOnly) {
	}

}
