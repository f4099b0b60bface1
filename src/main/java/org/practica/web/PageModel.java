package org.practica.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout of every page needs: the current path, for the language switch to come
 * back to.
 */
@ControllerAdvice
class PageModel {

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String query = request.getQueryString();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return query == null ? path : path + "?" + query;
	}

	/**
	 * The current page's address without its page number, ready for one:
	 * {@code /needs?q=x&}.
	 */
	@ModelAttribute("pageUrl")
	String pageUrl(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = UriComponentsBuilder.newInstance()
			.query(request.getQueryString())
			.replaceQueryParam("page")
			.build()
			.getQuery();
		return path + "?" + (query == null || query.isEmpty() ? "" : query + "&");
	}

}
