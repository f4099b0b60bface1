package org.practica.need;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of needs is filtered by. Text matches title and description as a substring,
 * which suits Chinese (no word breaks) and English alike; a top-level direction also
 * finds the finer ones under it.
 *
 * @param status the status, or null
 * @param direction a direction code, or null
 * @param communityId the community, or null
 * @param organisationPath only needs in this subtree, or null
 * @param q text to look for, or null
 * @param from only needs that end on or after this date, or null
 * @param to only needs that start on or before this date, or null
 */
public record NeedSearch(NeedStatus status, String direction, Long communityId, String organisationPath, String q,
		LocalDate from, LocalDate to) {

	/**
	 * The needs matching the filters among those visible: public ones, and all in the
	 * given subtrees.
	 */
	Specification<Need> toSpecification(List<String> managedPaths) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (this.status != null) {
				where.add(cb.equal(root.get("status"), this.status));
			}
			if (this.direction != null && !this.direction.isBlank()) {
				where.add(cb.or(cb.equal(root.get("direction"), this.direction),
						cb.equal(root.get("directionTop"), this.direction)));
			}
			if (this.communityId != null) {
				where.add(cb.equal(root.get("communityId"), this.communityId));
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
			visible.add(root.get("status").in(NeedStatus.PUBLISHED, NeedStatus.CLOSED));
			for (String path : managedPaths) {
				visible.add(cb.like(root.get("organisationPath"), path + "%"));
			}
			where.add(cb.or(visible.toArray(Predicate[]::new)));
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
