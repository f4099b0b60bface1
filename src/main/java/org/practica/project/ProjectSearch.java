package org.practica.project;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What the project list is filtered by.
 *
 * @param needId the need, or null
 * @param offerId the offer, or null
 * @param organisationPath projects whose community or team lies in this subtree, or null
 * @param status the status, or null
 * @param direction a direction code (top-level codes find the finer ones), or null
 */
public record ProjectSearch(Long needId, Long offerId, String organisationPath, ProjectStatus status,
		String direction) {

	/**
	 * @param managedPaths the subtrees whose projects the person sees
	 * @param teamIds the teams the person belongs to
	 * @param student whether the person is a student, who sees every project that
	 * recruits individuals
	 */
	Specification<Project> toSpecification(List<String> managedPaths, List<Long> teamIds, boolean student) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.needId != null) {
				where.add(cb.equal(root.get("needId"), this.needId));
			}
			if (this.offerId != null) {
				where.add(cb.equal(root.get("offerId"), this.offerId));
			}
			if (this.organisationPath != null) {
				where.add(cb.or(cb.like(root.get("communityPath"), this.organisationPath + "%"),
						cb.like(root.get("teamPath"), this.organisationPath + "%")));
			}
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.direction != null && !this.direction.isBlank()) {
				where.add(cb.or(cb.equal(root.get("direction"), this.direction),
						cb.equal(root.get("directionTop"), this.direction)));
			}
			List<Predicate> visible = new ArrayList<>();
			for (String path : managedPaths) {
				visible.add(cb.like(root.get("communityPath"), path + "%"));
				visible.add(cb.like(root.get("teamPath"), path + "%"));
			}
			if (!teamIds.isEmpty()) {
				visible.add(root.get("teamId").in(teamIds));
			}
			if (student) {
				visible.add(cb.isNull(root.get("teamId")));
			}
			where.add(visible.isEmpty() ? cb.disjunction() : cb.or(visible.toArray(Predicate[]::new)));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
