package org.practica.report;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.project.Project;
import org.practica.project.Projects;

/**
 * The people, projects and organisations an export's rows point at, looked up through
 * their modules a batch of rows at a time and kept while the export runs, up to a bound
 * each (the least recently used go first), so a million rows cost a few thousand look-ups
 * and a bounded heap. Each look-up first touches what the batch needs and is kept
 * ({@code get} moves it to the recent end), so what one batch adds never pushes out what
 * the same batch uses.
 */
final class ExportNames {

	private static final int KEPT = 20_000;

	private final Accounts accounts;

	private final Organisations organisations;

	private final Projects projects;

	private final Map<Long, Account> people = lru();

	private final Map<Long, Project> projectsById = lru();

	private final Map<Long, String> organisationNames = lru();

	ExportNames(Accounts accounts, Organisations organisations, Projects projects) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.projects = projects;
	}

	/**
	 * Looks up what a batch names and is not kept yet: the students, the projects, and
	 * the students' colleges and the projects' communities and teams.
	 */
	void load(Collection<Long> studentIds, Collection<Long> projectIds) {
		List<Long> missingPeople = studentIds.stream().distinct().filter((id) -> this.people.get(id) == null).toList();
		if (!missingPeople.isEmpty()) {
			this.people.putAll(this.accounts.byId(missingPeople));
		}
		List<Long> missingProjects = projectIds.stream()
			.distinct()
			.filter((id) -> this.projectsById.get(id) == null)
			.toList();
		this.projects.all(missingProjects).forEach((project) -> this.projectsById.put(project.getId(), project));
		List<Long> missingOrganisations = java.util.stream.Stream
			.concat(studentIds.stream().map(this.people::get).filter(Objects::nonNull).map(Account::getOrganisationId),
					projectIds.stream()
						.map(this.projectsById::get)
						.filter(Objects::nonNull)
						.flatMap((p) -> java.util.stream.Stream.of(p.getCommunityId(), p.getTeamId())))
			.filter(Objects::nonNull)
			.distinct()
			.filter((id) -> this.organisationNames.get(id) == null)
			.toList();
		if (!missingOrganisations.isEmpty()) {
			this.organisations.all(missingOrganisations)
				.forEach((organisation) -> this.organisationNames.put(organisation.getId(), organisation.getName()));
		}
	}

	Account person(Long id) {
		return this.people.get(id);
	}

	Project project(Long id) {
		return this.projectsById.get(id);
	}

	/** The organisation's name, null for none. */
	String organisation(Long id) {
		return id == null ? null : this.organisationNames.get(id);
	}

	private static <V> Map<Long, V> lru() {
		return new LinkedHashMap<>(256, 0.75f, true) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
				return size() > KEPT;
			}

		};
	}

}
