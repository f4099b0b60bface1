package org.practica.support;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page of a list, as every list of the API returns it.
 *
 * @param <T> the item type
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total the number of items in all pages
 */
public record PageResponse<T>(List<T> items, int page, int size, long total) {

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

	/**
	 * A page of a list read whole (a shift's roster, a student's own sign-ups), cut with
	 * the same bounds as a database page.
	 */
	public static <E, T> PageResponse<T> of(List<E> all, Integer page, Integer size, Function<E, T> mapper) {
		Pageable bounds = Paging.of(page, size, null, Sort.unsorted());
		int from = (int) Math.min(all.size(), bounds.getOffset());
		int to = Math.min(all.size(), from + bounds.getPageSize());
		return new PageResponse<>(all.subList(from, to).stream().map(mapper).toList(), bounds.getPageNumber(),
				bounds.getPageSize(), all.size());
	}

}
