package org.practica.hours;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.practica.directory.CurrentUser;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which entries a person sees: their own, and those of the projects and students in the
 * subtrees they manage.
 */
final class HoursSearch {

	private HoursSearch() {
	}

	static Specification<HoursEntry> of(CurrentUser by, Long studentId, HoursStatus status) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (studentId != null) {
				where.add(cb.equal(root.get("studentId"), studentId));
			}
			if (status != null) {
				where.add(cb.equal(root.get("status"), status));
			}
			List<Predicate> visible = new ArrayList<>();
			visible.add(cb.equal(root.get("studentId"), by.id()));
			for (String path : by.managedPaths()) {
				visible.add(cb.like(root.get("communityPath"), path + "%"));
				visible.add(cb.like(root.get("teamPath"), path + "%"));
				visible.add(cb.like(root.get("studentPath"), path + "%"));
			}
			where.add(cb.or(visible.toArray(Predicate[]::new)));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Pending entries of the communities and universities the person manages. */
	static Specification<HoursEntry> waitingFor(CurrentUser by) {
		return (root, query, cb) -> {
			List<Predicate> visible = new ArrayList<>();
			for (String path : by.managedPaths()) {
				visible.add(cb.like(root.get("communityPath"), path + "%"));
				visible.add(cb.like(root.get("studentPath"), path + "%"));
			}
			if (visible.isEmpty()) {
				return cb.disjunction();
			}
			query.orderBy(cb.asc(root.get("recordedAt")));
			return cb.and(cb.equal(root.get("status"), HoursStatus.PENDING), cb.or(visible.toArray(Predicate[]::new)));
		};
	}

}
