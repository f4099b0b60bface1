package org.practica.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.directory.RoleGrant;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the list of reports is filtered by. Text matches title and body as a substring
 * (Chinese has no word breaks); an organisation takes the reports of projects whose
 * community or team lies in its subtree; a direction matches the project's direction or
 * its top-level one.
 *
 * @param projectId one project's reports, or null
 * @param organisationPath only reports in this subtree (either side), or null
 * @param q text to look for, or null
 * @param direction a direction code, or null
 */
record OutcomeSearch(Long projectId, String organisationPath, String q, String direction) {

	/**
	 * The reports matching the filters among those the person sees: the published ones,
	 * and the drafts it may edit (of its team as team leader, of its community as
	 * community admin).
	 */
	Specification<OutcomeReport> toSpecification(CurrentUser by) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.projectId != null) {
				where.add(cb.equal(root.get("projectId"), this.projectId));
			}
			if (this.organisationPath != null) {
				where.add(cb.or(cb.like(root.get("communityPath"), this.organisationPath + "%"),
						cb.like(root.get("teamPath"), this.organisationPath + "%")));
			}
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip()
					.toLowerCase(Locale.ROOT)
					.replace("\\", "\\\\")
					.replace("%", "\\%")
					.replace("_", "\\_") + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
						cb.like(cb.lower(root.get("body")), like, '\\')));
			}
			if (this.direction != null && !this.direction.isBlank()) {
				String code = this.direction.strip();
				where.add(cb.or(cb.equal(root.get("direction"), code), cb.equal(root.get("directionTop"), code)));
			}
			List<Predicate> visible = new ArrayList<>();
			visible.add(cb.equal(root.get("status"), OutcomeStatus.PUBLISHED));
			if (by != null) {
				for (RoleGrant grant : by.grants()) {
					if (grant.role() == Role.TEAM_LEADER) {
						visible.add(cb.like(root.get("teamPath"), grant.organisationPath() + "%"));
					}
					else if (grant.role() == Role.COMMUNITY_ADMIN) {
						visible.add(cb.like(root.get("communityPath"), grant.organisationPath() + "%"));
					}
				}
			}
			where.add(cb.or(visible.toArray(Predicate[]::new)));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
