package org.practica.listing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.practica.support.Paging;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A list's query parameters, on the pages and in the API; the owner's parameter is named
 * by each kind ({@code communityId}, {@code teamId}).
 *
 * @param status the status, or null
 * @param direction a direction code, or null: top-level codes also find the finer ones
 * under them
 * @param q text to look for in title and description, or null
 * @param from only listings that end on or after this date, or null
 * @param to only listings that start on or before this date, or null
 * @param page the page, from 0
 * @param size the page's size, at most 200
 * @param sort {@code property} or {@code property,desc}
 */
public record ListingQuery(ListingStatus status, String direction, String q, LocalDate from, LocalDate to, Integer page,
		Integer size, String sort) {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"));

	ListingSearch toSearch(ListingStatus status, Long organisationId, String organisationPath) {
		return new ListingSearch(status, this.direction, organisationId, organisationPath, this.q, this.from, this.to);
	}

	/**
	 * The page asked for, sorted by a property the kind allows, newest first otherwise.
	 */
	Pageable pageable(ListingKind kind) {
		Map<String, String> sortable = new HashMap<>(kind.sortable());
		Arrays.asList("publishedAt", "title", "createdAt").forEach(p -> sortable.put(p, p));
		String sort = null;
		if (this.sort != null) {
			String[] parts = this.sort.split(",", 2);
			String attribute = sortable.get(parts[0].strip());
			sort = attribute == null ? null : attribute + (parts.length > 1 ? "," + parts[1] : "");
		}
		return Paging.of(this.page, this.size, sort, NEWEST_FIRST, sortable.values().toArray(String[]::new));
	}

}
