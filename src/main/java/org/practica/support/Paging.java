package org.practica.support;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns the {@code page}, {@code size} and {@code sort} request parameters into a bounded
 * {@link Pageable}.
 */
public final class Paging {

	public static final int MAX_SIZE = 200;

	public static final int DEFAULT_SIZE = 20;

	private Paging() {
	}

	/**
	 * @param page the page number, from 0; negative counts as 0
	 * @param size the page size; clamped to 1..200
	 * @param sort {@code property} or {@code property,desc}, restricted to the given
	 * properties
	 * @param defaultSort the sort when none or an unknown one is asked for
	 * @param sortable the properties a caller may sort by
	 */
	public static Pageable of(Integer page, Integer size, String sort, Sort defaultSort, String... sortable) {
		int p = page == null ? 0 : Math.max(0, page);
		int s = size == null ? DEFAULT_SIZE : Math.min(MAX_SIZE, Math.max(1, size));
		return PageRequest.of(p, s, sort(sort, defaultSort, sortable));
	}

	private static Sort sort(String sort, Sort defaultSort, String... sortable) {
		if (sort == null || sort.isBlank()) {
			return defaultSort;
		}
		String[] parts = sort.split(",");
		for (String property : sortable) {
			if (property.equals(parts[0].trim())) {
				boolean desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
				// the id after the asked property: rows that tie keep one order across
				// pages
				Sort.Direction direction = desc ? Sort.Direction.DESC : Sort.Direction.ASC;
				return Sort.by(direction, property).and(Sort.by(direction, "id"));
			}
		}
		return defaultSort;
	}

}
