package org.practica.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.listing.ListingSearch;
import org.practica.listing.ListingStatus;
import org.practica.need.Need;
import org.practica.need.Needs;
import org.practica.offer.Offer;
import org.practica.offer.Offers;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-way selection and the project list: interest from either side, the project when
 * both agree, a need that recruits students directly, and who sees which project.
 */
@Service
@Transactional(readOnly = true)
public class Projects {

	private final ProjectRepository projects;

	private final InterestRepository interests;

	private final Needs needs;

	private final Offers offers;

	private final Accounts accounts;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ObjectProvider<ProjectOwners> owners;

	Projects(ProjectRepository projects, InterestRepository interests, Needs needs, Offers offers, Accounts accounts,
			Organisations organisations, ApplicationEventPublisher events, Clock clock,
			ObjectProvider<ProjectOwners> owners) {
		this.clock = clock;
		this.owners = owners;
		this.projects = projects;
		this.interests = interests;
		this.needs = needs;
		this.offers = offers;
		this.accounts = accounts;
		this.organisations = organisations;
		this.events = events;
	}

	/**
	 * Says that the person's side (the need's community, the offer's team, or both) wants
	 * this pair. When both sides have said so, the project is created.
	 */
	@Transactional
	public Interest markInterest(CurrentUser by, Long needId, Long offerId) {
		Need need = this.needs.get(by, needId);
		Offer offer = this.offers.get(by, offerId);
		boolean community = this.needs.manages(by, need);
		boolean team = this.offers.manages(by, offer);
		if (!community && !team) {
			throw Problem.forbidden();
		}
		if (!need.isPublished()) {
			throw Problem.conflict("fair.need.not-published");
		}
		if (!offer.isPublished()) {
			throw Problem.conflict("fair.offer.not-published");
		}
		Interest interest = this.interests.findByNeedIdAndOfferId(needId, offerId)
			.orElseGet(() -> new Interest(needId, offerId, need.getOrganisationPath(), offer.getOrganisationPath()));
		if (community) {
			interest.markByCommunity();
		}
		if (team) {
			interest.markByTeam();
		}
		this.interests.save(interest);
		this.events
			.publishEvent(new InterestMarked(interest.getId(), needId, offerId, community, team, interest.isMutual(),
					need.getTitle(), offer.getTitle(), this.organisations.get(need.getOrganisationId()).getName(),
					this.organisations.get(offer.getOrganisationId()).getName(), need.getOrganisationPath(),
					offer.getOrganisationPath(), by.id()));
		if (interest.isMutual() && interest.getProjectId() == null) {
			Project project = this.projects.save(Project.matched(need, offer));
			interest.becameProject(project.getId());
			this.events.publishEvent(ProjectCreated.of(project));
		}
		return interest;
	}

	/**
	 * A community admin turns a published need into a project that recruits individual
	 * students.
	 */
	@Transactional
	public Project recruit(CurrentUser by, Long needId) {
		Need need = this.needs.getManaged(by, needId);
		if (!need.isPublished()) {
			throw Problem.conflict("fair.need.not-published");
		}
		if (this.projects.existsByNeedIdAndOfferIdIsNull(needId)) {
			throw Problem.conflict("project.recruiting.already");
		}
		Project project = this.projects.save(Project.recruiting(need));
		this.events.publishEvent(ProjectCreated.of(project));
		return project;
	}

	/**
	 * An owner (a club) creates a project of its own, with no need: the person must run
	 * the owner's projects (403 otherwise). Its days run from the first to the last.
	 */
	@Transactional
	public Project createOwned(CurrentUser by, OwnedProject owned) {
		if (!ownerManages(by, owned.ownerKind(), owned.ownerId())) {
			throw Problem.forbidden();
		}
		if (owned.title() == null || owned.title().isBlank()) {
			throw FieldProblem.invalid("title", "project.owned.title.required");
		}
		if (owned.startDate() == null) {
			throw FieldProblem.invalid("startDate", "project.owned.dates.required");
		}
		if (owned.endDate() == null) {
			throw FieldProblem.invalid("endDate", "project.owned.dates.required");
		}
		if (owned.endDate().isBefore(owned.startDate())) {
			throw FieldProblem.invalid("endDate", "project.owned.dates.order");
		}
		if (owned.endDate().isBefore(LocalDate.now(this.clock))) {
			throw FieldProblem.invalid("endDate", "project.owned.dates.past");
		}
		Project project = this.projects.save(Project.owned(owned));
		this.events.publishEvent(ProjectCreated.of(project));
		return project;
	}

	/** The projects of an owner, newest first. */
	public List<Project> ofOwner(String ownerKind, Long ownerId) {
		return this.projects.findByOwnerKindAndOwnerIdOrderByStartDateDescIdDesc(ownerKind, ownerId);
	}

	/**
	 * Refuses (409, saying why) a student's sign-up to a project open only to its owner's
	 * members when the student is not one.
	 */
	public void checkMayJoin(CurrentUser student, Project project) {
		if (project.isOwned() && project.isMembersOnly()
				&& this.owners.orderedStream()
					.filter(o -> o.owns(project.getOwnerKind()))
					.noneMatch(o -> o.isMember(student, project.getOwnerId()))) {
			throw Problem.conflict("project.members-only");
		}
	}

	private boolean ownerManages(CurrentUser by, String ownerKind, Long ownerId) {
		return ownerKind != null
				&& this.owners.orderedStream().filter(o -> o.owns(ownerKind)).anyMatch(o -> o.manages(by, ownerId));
	}

	@Transactional
	public Project complete(CurrentUser by, Long id) {
		Project project = getManaged(by, id);
		project.complete(this.clock.instant());
		this.events.publishEvent(ProjectCompleted.of(project));
		return project;
	}

	@Transactional
	public Project cancel(CurrentUser by, Long id) {
		Project project = getManaged(by, id);
		project.cancel();
		this.events.publishEvent(new ProjectCancelled(id));
		return project;
	}

	/** The project, if the person may see it; otherwise 404. */
	public Project get(CurrentUser by, Long id) {
		Project project = this.projects.findById(id).orElseThrow(Problem::notFound);
		if (!visible(by, project)) {
			throw Problem.notFound();
		}
		return project;
	}

	/**
	 * The project, for a change by either side's admins: 404 when not visible, 403 when
	 * not theirs.
	 */
	public Project getManaged(CurrentUser by, Long id) {
		Project project = get(by, id);
		if (!manages(by, project)) {
			throw Problem.forbidden();
		}
		return project;
	}

	/**
	 * Whether the person runs the project: the admins of its community (for an owned
	 * project, of the organisation it takes place at) or its team, and for an owned
	 * project whoever its owner says (a club's officers and instructors).
	 */
	public boolean manages(CurrentUser by, Project project) {
		return by.manages(project.getCommunityPath())
				|| (project.getTeamPath() != null && by.manages(project.getTeamPath()))
				|| (project.isOwned() && ownerManages(by, project.getOwnerKind(), project.getOwnerId()));
	}

	/**
	 * Whether the project with this id is owned (a club's activity) and the person runs
	 * it for its owner: they then supervise it and verify its hours as a community's
	 * admins do. False for a need's project, and when there is none.
	 */
	public boolean runsOwned(CurrentUser by, Long projectId) {
		return this.projects.findById(projectId)
			.filter(Project::isOwned)
			.map(p -> ownerManages(by, p.getOwnerKind(), p.getOwnerId()))
			.orElse(false);
	}

	/**
	 * Who sees a project: the admins of either side, the team's members, and, for a
	 * project that recruits individuals, every student.
	 */
	public boolean visible(CurrentUser by, Project project) {
		if (manages(by, project)) {
			return true;
		}
		if (project.isRecruiting()) {
			return by.holds(Role.STUDENT);
		}
		return this.accounts.belongsToTeam(by, project.getTeamId());
	}

	public Page<Project> search(CurrentUser by, ProjectSearch search, Pageable pageable) {
		List<Long> teams = this.accounts.teamsOf(by.id()).stream().map(Organisation::getId).toList();
		return this.projects.findAll(search.toSpecification(by.managedPaths(), teams, by.holds(Role.STUDENT)),
				pageable);
	}

	/** The active projects whose community or team the person manages. */
	public List<Project> managedActive(CurrentUser by) {
		return by.managedPaths()
			.stream()
			.flatMap(path -> this.projects
				.findAll(new ProjectSearch(null, null, path, ProjectStatus.ACTIVE, null).toSpecification(List.of(path),
						List.of(), false))
				.stream())
			.distinct()
			.toList();
	}

	/** The days the project's work is planned for: those of its need. */
	public ProjectDates dates(Project project) {
		if (project.getNeedId() == null) {
			return new ProjectDates(project.getStartDate(), project.getEndDate());
		}
		Need need = this.needs.find(project.getNeedId()).orElseThrow(Problem::notFound);
		return new ProjectDates(need.getStartDate(), need.getEndDate());
	}

	public List<Project> all(java.util.Collection<Long> ids) {
		return this.projects.findAllById(ids);
	}

	public Optional<Project> find(Long id) {
		return this.projects.findById(id);
	}

	/** The interests the person's side is part of, newest first. */
	public List<Interest> interestsOf(CurrentUser by) {
		return by.managedPaths().stream().flatMap(p -> this.interests.findInvolving(p).stream()).distinct().toList();
	}

	/**
	 * Interests communities have marked in offers of the teams in a subtree the person
	 * manages, which the team has not answered yet; newest first, at most {@code limit}.
	 */
	public List<Interest> interestsAwaitingTeams(CurrentUser by, String teamPath, int limit) {
		requireManaged(by, teamPath);
		return this.interests.awaitingTeam(teamPath, Limit.of(limit));
	}

	/**
	 * The active projects of the teams in a subtree the person manages, oldest first, at
	 * most {@code limit}.
	 */
	public List<Project> activeOfTeams(CurrentUser by, String teamPath, int limit) {
		requireManaged(by, teamPath);
		return this.projects.activeOfTeams(teamPath, Limit.of(limit));
	}

	/**
	 * Published needs of the communities in a subtree the person manages that no project
	 * has taken up yet, longest published first: of the first {@code scan} published, at
	 * most {@code limit}.
	 */
	public List<Need> needsWithoutProject(CurrentUser by, String communityPath, int scan, int limit) {
		requireManaged(by, communityPath);
		List<Need> published = this.needs
			.search(by, new ListingSearch(ListingStatus.PUBLISHED, null, null, communityPath, null, null, null),
					PageRequest.of(0, scan, Sort.by("publishedAt", "id")))
			.getContent();
		if (published.isEmpty()) {
			return List.of();
		}
		java.util.Set<Long> taken = new java.util.HashSet<>(
				this.projects.needsWithProjects(published.stream().map(Need::getId).toList()));
		return published.stream().filter(n -> !taken.contains(n.getId())).limit(limit).toList();
	}

	private static void requireManaged(CurrentUser by, String path) {
		if (!by.manages(path)) {
			throw Problem.forbidden();
		}
	}

	public Optional<Interest> interest(Long needId, Long offerId) {
		return this.interests.findByNeedIdAndOfferId(needId, offerId);
	}

}
