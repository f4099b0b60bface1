package org.practica.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout and lists of every page need from the request
 * ({@code ${@currentPage.currentPath()}}): computed only when a page is rendered.
 */
@Component("currentPage")
class PageModel {

	/** The current path and query, for the language switch to come back to. */
	public String currentPath() {
		HttpServletRequest request = request();
		String query = request.getQueryString();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return query == null ? path : path + "?" + query;
	}

	/**
	 * The current page's address without its page number, ready for one:
	 * {@code /needs?q=x&}.
	 */
	public String pageUrl() {
		HttpServletRequest request = request();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.getQuery();
		return path + "?" + (query == null || query.isEmpty() ? "" : query + "&");
	}

	private static HttpServletRequest request() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

}
