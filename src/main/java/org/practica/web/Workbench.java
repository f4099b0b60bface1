package org.practica.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.practica.attendance.Attendances;
import org.practica.club.ClubDesks;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.directory.RoleGrant;
import org.practica.hours.Hours;
import org.practica.hours.HoursWaiting;
import org.practica.hours.YearHours;
import org.practica.need.Need;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.Offers;
import org.practica.partnership.Agreement;
import org.practica.partnership.Agreements;
import org.practica.project.Interest;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.report.Reports;
import org.practica.report.Summary;
import org.practica.signup.OpenShift;
import org.practica.signup.Shift;
import org.practica.signup.ShiftFinder;
import org.practica.signup.Signup;
import org.practica.signup.SignupStatus;
import org.practica.signup.Signups;

import org.springframework.stereotype.Component;

/**
 * What the home page shows a signed-in person: for each role they hold, in its
 * organisation, what needs doing now. Every figure is read through the modules' public
 * services, scoped to that organisation's subtree, with small limits.
 */
@Component
class Workbench {

	/** The most lines a card lists. */
	static final int LINES = 5;

	/** How far from the campus "near" reaches, in kilometres. */
	static final int NEAR_KM = 10;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Signups signups;

	private final ShiftFinder finder;

	private final Attendances attendances;

	private final Hours hours;

	private final Projects projects;

	private final Needs needs;

	private final Offers offers;

	private final Agreements agreements;

	private final Reports reports;

	private final Clock clock;

	private final ZoneId zone;

	private final ClubDesks clubs;

	Workbench(Organisations organisations, Accounts accounts, Signups signups, ShiftFinder finder,
			Attendances attendances, Hours hours, Projects projects, Needs needs, Offers offers, Agreements agreements,
			Reports reports, Clock clock, ClubDesks clubs) {
		this.clubs = clubs;
		this.organisations = organisations;
		this.accounts = accounts;
		this.signups = signups;
		this.finder = finder;
		this.attendances = attendances;
		this.hours = hours;
		this.projects = projects;
		this.needs = needs;
		this.offers = offers;
		this.agreements = agreements;
		this.reports = reports;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	/** The person's desks: one for each role they hold where they hold it. */
	List<Desk> desks(CurrentUser user) {
		List<Desk> desks = new ArrayList<>();
		Map<Long, Organisation> places = byId(this.organisations.all(user.grants()
			.stream()
			.map(RoleGrant::organisationId)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList()));
		for (RoleGrant grant : user.grants()) {
			Organisation place = grant.organisationId() == null ? null : places.get(grant.organisationId());
			switch (grant.role()) {
				case COMMUNITY_ADMIN -> desks.add(community(user, place));
				case TEAM_LEADER -> desks.add(team(user, place));
				case STUDENT -> {
					desks.add(student(user, place));
					this.clubs.officer(user).forEach(club -> desks.add(new ClubOfficerDesk(club)));
				}
				case FEDERATION_OFFICER -> desks.add(new FederationDesk(this.clubs.federation(user, place)));
				case UNIVERSITY_ADMIN, COLLEGE_ADMIN, DISTRICT_ADMIN, STREET_ADMIN ->
					desks.add(admin(user, grant.role(), place));
				case PLATFORM_ADMIN -> desks.add(new PlatformDesk());
				default -> {
					// a role without a desk of its own finds its work in the navbar
				}
			}
		}
		return desks;
	}

	private CommunityDesk community(CurrentUser user, Organisation community) {
		String path = community.getPath();
		LocalDate today = LocalDate.now(this.clock);
		List<Shift> shifts = this.signups.shiftsInCommunities(user, path, startOf(today), startOf(today.plusDays(1)),
				LINES * 2);
		Map<Long, Long> checkedIn = this.attendances.checkedIn(shifts.stream().map(Shift::getId).toList());
		List<CheckIns> todays = shifts.stream()
			.map(s -> new CheckIns(s, checkedIn.getOrDefault(s.getId(), 0L)))
			.toList();
		return new CommunityDesk(community, this.hours.waitingForCommunities(user, path), todays,
				this.projects.needsWithoutProject(user, path, 50, LINES));
	}

	private TeamDesk team(CurrentUser user, Organisation team) {
		String path = team.getPath();
		LocalDate today = LocalDate.now(this.clock);
		List<Shift> shifts = this.signups.shiftsOfTeams(user, path, startOf(today), startOf(today.plusDays(2)),
				LINES * 2);
		Map<Long, List<Signup>> places = this.signups.places(shifts.stream().map(Shift::getId).toList());
		Map<Long, Account> people = this.accounts
			.byId(places.values().stream().flatMap(List::stream).map(Signup::getStudentId).distinct().toList());
		List<Roster> rosters = shifts.stream().map(s -> {
			List<Signup> on = places.getOrDefault(s.getId(), List.of());
			List<String> confirmed = on.stream()
				.filter(Signup::isConfirmed)
				.map(p -> name(people, p.getStudentId()))
				.toList();
			long waiting = on.stream().filter(p -> p.getStatus() == SignupStatus.WAITLISTED).count();
			return new Roster(s, LocalDate.ofInstant(s.getStartsAt(), this.zone).equals(today), confirmed, waiting);
		}).toList();

		List<Interest> interests = this.projects.interestsAwaitingTeams(user, path, LINES);
		Map<Long, Need> needsById = byId(this.needs.all(interests.stream().map(Interest::getNeedId).toList()),
				Need::getId);
		Map<Long, Offer> offersById = byId(this.offers.all(interests.stream().map(Interest::getOfferId).toList()),
				Offer::getId);
		Map<Long, Organisation> communities = byId(
				this.organisations.all(needsById.values().stream().map(Need::getCommunityId).distinct().toList()));
		List<Received> received = interests.stream()
			.filter(i -> needsById.containsKey(i.getNeedId()) && offersById.containsKey(i.getOfferId()))
			.map(i -> {
				Need need = needsById.get(i.getNeedId());
				Organisation from = communities.get(need.getCommunityId());
				return new Received(need, offersById.get(i.getOfferId()), from == null ? "" : from.getName());
			})
			.toList();

		List<Project> active = this.projects.activeOfTeams(user, path, 50);
		Set<Long> withShifts = this.signups.projectsWithShiftsFrom(active.stream().map(Project::getId).toList(),
				this.clock.instant());
		List<Project> withoutShifts = active.stream()
			.filter(p -> !withShifts.contains(p.getId()))
			.limit(LINES)
			.toList();
		return new TeamDesk(team, rosters, received, withoutShifts);
	}

	private StudentDesk student(CurrentUser user, Organisation college) {
		Signup next = this.signups.next(user.id()).orElse(null);
		Shift nextShift = next == null ? null : this.signups.findShift(next.getShiftId()).orElse(null);
		Instant now = this.clock.instant();
		int year = LocalDate.now(this.clock).getYear();
		Organisation campus = this.finder.campus(user).orElse(null);
		return new StudentDesk(college, next, nextShift,
				nextShift != null && next.isConfirmed() && !nextShift.getStartsAt().isAfter(now.plusSeconds(1800)),
				year, this.hours.year(user, year), campus, NEAR_KM, this.finder.nearCampus(user, NEAR_KM, 3));
	}

	private AdminDesk admin(CurrentUser user, Role role, Organisation place) {
		LocalDate today = LocalDate.now(this.clock);
		Reports.Period term = this.reports.period(termStart(today), today);
		Summary figures = this.reports.summary(user, place.getId(), term);
		HoursWaiting backfills = switch (role) {
			case UNIVERSITY_ADMIN -> this.hours.backfillsForUniversity(user, place.getPath());
			case DISTRICT_ADMIN, STREET_ADMIN -> this.hours.backfillsForCommunities(user, place.getPath());
			default -> null;
		};
		List<Expiring> expiring = this.agreements.expiringFor(user, place.getPath(), LINES)
			.stream()
			.map(a -> new Expiring(a, ChronoUnit.DAYS.between(today, a.getEndsOn())))
			.toList();
		return new AdminDesk(role, place, place.getKind().isUniversitySide(), term, figures, backfills, expiring,
				Agreement.EXPIRING_DAYS);
	}

	/**
	 * The first day of the academic term the day falls in: the autumn term from 1
	 * September to the end of February, the spring term from 1 March to the end of
	 * August.
	 */
	static LocalDate termStart(LocalDate day) {
		if (day.getMonthValue() >= Month.SEPTEMBER.getValue()) {
			return LocalDate.of(day.getYear(), Month.SEPTEMBER, 1);
		}
		if (day.getMonthValue() >= Month.MARCH.getValue()) {
			return LocalDate.of(day.getYear(), Month.MARCH, 1);
		}
		return LocalDate.of(day.getYear() - 1, Month.SEPTEMBER, 1);
	}

	private Instant startOf(LocalDate day) {
		return day.atStartOfDay(this.zone).toInstant();
	}

	private static String name(Map<Long, Account> people, Long id) {
		Account account = people.get(id);
		return account == null ? "" : account.getDisplayName();
	}

	private static Map<Long, Organisation> byId(Collection<Organisation> organisations) {
		return byId(organisations, Organisation::getId);
	}

	private static <T> Map<Long, T> byId(Collection<T> items, Function<T, Long> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

	/** A role's desk on the home page; its kind names the template part that shows it. */
	sealed interface Desk
			permits CommunityDesk, TeamDesk, StudentDesk, AdminDesk, PlatformDesk, FederationDesk, ClubOfficerDesk {

		String kind();

	}

	/**
	 * A community admin's: entries waiting for verification, today's shifts with their
	 * check-ins, published needs no project has taken up.
	 */
	record CommunityDesk(Organisation organisation, HoursWaiting waiting, List<CheckIns> today,
			List<Need> needsWithoutProject) implements Desk {

		@Override
		public String kind() {
			return "community";
		}

	}

	/** A shift of today and how many of its confirmed students have checked in. */
	record CheckIns(Shift shift, long checkedIn) {
	}

	/**
	 * A team leader's: today's and tomorrow's shifts with their rosters, interests
	 * communities have marked in the team's offers, projects with no shift to come.
	 */
	record TeamDesk(Organisation organisation, List<Roster> shifts, List<Received> interests,
			List<Project> withoutShifts) implements Desk {

		@Override
		public String kind() {
			return "team";
		}

	}

	/** A shift with the names of its confirmed students and how many wait. */
	record Roster(Shift shift, boolean today, List<String> confirmed, long waiting) {
	}

	/** A community's interest in one of the team's offers, for one of its needs. */
	record Received(Need need, Offer offer, String community) {
	}

	/**
	 * A student's: the next shift, the year's hours, the certificate, open shifts near
	 * the campus.
	 */
	record StudentDesk(Organisation organisation, Signup next, Shift nextShift, boolean checkInOpen, int year,
			YearHours hours, Organisation campus, int nearKm, List<OpenShift> near) implements Desk {

		@Override
		public String kind() {
			return "student";
		}

		public boolean hasVerifiedHours() {
			return this.hours.verified().compareTo(BigDecimal.ZERO) > 0;
		}

	}

	/**
	 * A university, college, district or street admin's: the term's figures, back-fills
	 * waiting for their approval (none for a college: the university approves), and
	 * agreements about to expire.
	 */
	record AdminDesk(Role role, Organisation organisation, boolean universitySide, Reports.Period term, Summary figures,
			HoursWaiting backfills, List<Expiring> expiring, int expiringDays) implements Desk {

		@Override
		public String kind() {
			return "admin";
		}

	}

	/** An agreement about to expire, and how many days it has left. */
	record Expiring(Agreement agreement, long daysLeft) {
	}

	/**
	 * A federation officer's: new club applications, annual reviews (renewals) and fund
	 * requests waiting, and clubs proposed for cancellation.
	 */
	record FederationDesk(ClubDesks.FederationFigures figures) implements Desk {

		@Override
		public String kind() {
			return "federation";
		}

	}

	/**
	 * A club officer's: their club, students waiting to join, annual reviews returned.
	 */
	record ClubOfficerDesk(ClubDesks.OfficerFigures figures) implements Desk {

		@Override
		public String kind() {
			return "club";
		}

	}

	/** The platform admin's: the places where the deployment is looked after. */
	record PlatformDesk() implements Desk {

		@Override
		public String kind() {
			return "platform";
		}

	}

}
