package org.practica.project;

import java.util.Locale;

import org.practica.direction.Directions;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisations;
import org.practica.need.Needs;
import org.practica.support.Problem;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the project's page ({@code project/show}) shows about a project: its title, facts
 * and actions. Other modules' pages use it to show a refused form on the whole project
 * page instead of a part of it.
 */
@Component
public class ProjectPage {

	private final Projects projects;

	private final Organisations organisations;

	private final Needs needs;

	private final Directions directions;

	ProjectPage(Projects projects, Organisations organisations, Needs needs, Directions directions) {
		this.projects = projects;
		this.organisations = organisations;
		this.needs = needs;
		this.directions = directions;
	}

	/**
	 * Adds what {@code project/show} needs to the model.
	 * @param user who looks (404 where the project is not visible to them)
	 * @param id the project
	 * @param model the page's model
	 * @param locale the page's language
	 * @return the project
	 */
	public Project describe(CurrentUser user, Long id, Model model, Locale locale) {
		Project project = this.projects.get(user, id);
		model.addAttribute("project", project);
		model.addAttribute("community", this.organisations.get(project.getCommunityId()));
		model.addAttribute("team", project.getTeamId() == null ? null : this.organisations.get(project.getTeamId()));
		model.addAttribute("need", project.getNeedId() == null ? null
				: this.needs.find(project.getNeedId()).orElseThrow(Problem::notFound));
		model.addAttribute("dates", this.projects.dates(project));
		model.addAttribute("manages", this.projects.manages(user, project));
		if (!model.containsAttribute("directionNames")) {
			model.addAttribute("directionNames", this.directions.names(locale));
		}
		return project;
	}

}
