package org.practica.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of needs or offers is filtered by. Text matches title and description as a
 * substring, which suits Chinese (no word breaks) and English alike; a top-level
 * direction also finds the finer ones under it.
 *
 * @param status the status, or null
 * @param direction a direction code, or null
 * @param organisationId the owning organisation, or null
 * @param organisationPath only listings in this subtree, or null
 * @param q text to look for, or null
 * @param from only listings that end on or after this date, or null
 * @param to only listings that start on or before this date, or null
 */
public record ListingSearch(ListingStatus status, String direction, Long organisationId, String organisationPath,
		String q, LocalDate from, LocalDate to) {

	/**
	 * The listings matching the filters among those visible: public ones, and all in the
	 * given subtrees.
	 * @param managedPaths the subtrees whose drafts and cancelled listings are visible
	 * @param inDirection how the kind finds its listings in a direction code
	 */
	public <T extends Listing> Specification<T> toSpecification(List<String> managedPaths,
			Function<String, Specification<T>> inDirection) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.direction != null && !this.direction.isBlank()) {
				where.add(inDirection.apply(this.direction.strip()).toPredicate(root, query, cb));
			}
			if (this.organisationId != null) {
				where.add(cb.equal(root.get("organisationId"), this.organisationId));
			}
			if (this.organisationPath != null) {
				where.add(cb.like(root.get("organisationPath"), this.organisationPath + "%"));
			}
			if (this.q != null && !this.q.isBlank()) {
				String like = "%" + this.q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
						+ "%";
				where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
						cb.like(cb.lower(root.get("description")), like, '\\')));
			}
			if (this.from != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("endDate"), this.from));
			}
			if (this.to != null) {
				where.add(cb.lessThanOrEqualTo(root.get("startDate"), this.to));
			}
			List<Predicate> visible = new ArrayList<>();
			visible.add(root.get("status").in(ListingStatus.PUBLISHED, ListingStatus.CLOSED));
			for (String path : managedPaths) {
				visible.add(cb.like(root.get("organisationPath"), path + "%"));
			}
			where.add(cb.or(visible.toArray(Predicate[]::new)));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
