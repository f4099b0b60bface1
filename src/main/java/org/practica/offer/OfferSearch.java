package org.practica.offer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of offers is filtered by; the same rules as for needs.
 *
 * @param status the status, or null
 * @param direction a direction code, or null: top-level codes also find the finer ones
 * under them
 * @param teamId the team, or null
 * @param organisationPath only offers in this subtree, or null
 * @param q text to look for in title and description, or null
 * @param from only offers available on or after this date, or null
 * @param to only offers available on or before this date, or null
 */
public record OfferSearch(OfferStatus status, String direction, Long teamId, String organisationPath, String q,
		LocalDate from, LocalDate to) {

	Specification<Offer> toSpecification(List<String> managedPaths) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.direction != null && !this.direction.isBlank() && this.direction.matches("[A-Z_]+")) {
				String tag = "%," + this.direction + ",%";
				where.add(cb.or(cb.like(root.get("directions").as(String.class), tag),
						cb.like(root.get("directionTops").as(String.class), tag)));
			}
			if (this.teamId != null) {
				where.add(cb.equal(root.get("teamId"), this.teamId));
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
				where.add(cb.greaterThanOrEqualTo(root.get("availableTo"), this.from));
			}
			if (this.to != null) {
				where.add(cb.lessThanOrEqualTo(root.get("availableFrom"), this.to));
			}
			List<Predicate> visible = new ArrayList<>();
			visible.add(root.get("status").in(OfferStatus.PUBLISHED, OfferStatus.CLOSED));
			for (String path : managedPaths) {
				visible.add(cb.like(root.get("organisationPath"), path + "%"));
			}
			where.add(cb.or(visible.toArray(Predicate[]::new)));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
