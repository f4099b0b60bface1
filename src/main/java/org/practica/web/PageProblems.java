package org.practica.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.practica.support.FieldProblem;
import org.practica.support.PlatformSettings;
import org.practica.support.Problem;
import org.practica.support.ProblemResponses;
import org.practica.support.RequestIds;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * How a page reports a refusal. A form posted from one of the site's pages goes back to
 * that page with the reason, translated, as the {@code failure} message the page shows: a
 * rule of the state (409), data that cannot be used (422, 400) or being busy (429). What
 * is not there or not visible (404) and what is not the person's to do (403) show the
 * error page, which says no more than its status; so does any refusal with no page to go
 * back to, with its reason and the message of each bad field. The JSON API answers with
 * problem details instead.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	/** The flash attribute in which a page shows why its form was refused. */
	static final String FAILURE = "failure";

	private final ProblemResponses problems;

	private final URI publicUrl;

	PageProblems(ProblemResponses problems, PlatformSettings platform) {
		this.problems = problems;
		this.publicUrl = URI.create(platform.publicUrl());
	}

	@ExceptionHandler(Problem.class)
	ModelAndView problem(Problem problem, HttpServletRequest request, Locale locale) {
		if (saysWhy(problem) && HttpMethod.POST.matches(request.getMethod())) {
			Optional<String> back = pagePostedFrom(request);
			if (back.isPresent()) {
				RequestContextUtils.getOutputFlashMap(request).put(FAILURE, reason(problem, locale));
				// the path already holds the context path
				return new ModelAndView(new RedirectView(back.get(), false));
			}
		}
		ModelAndView page = new ModelAndView("error", problem.status());
		page.addObject("status", problem.status().value());
		page.addObject(RequestIds.KEY, RequestIds.current());
		if (problem instanceof FieldProblem fields) {
			page.addObject("fieldMessages", fieldMessages(fields, locale));
		}
		if (saysWhy(problem)) {
			page.addObject("reason", this.problems.message(problem.messageKey(), problem.arguments(), locale));
		}
		return page;
	}

	/**
	 * Someone else changed the same thing a moment before: the page says so and asks to
	 * try again, as the API's 409 does.
	 */
	@ExceptionHandler(org.springframework.dao.OptimisticLockingFailureException.class)
	ModelAndView concurrent(HttpServletRequest request, Locale locale) {
		return problem(Problem.conflict("problem.concurrent"), request, locale);
	}

	/** Not found and forbidden say no more than their status does. */
	private static boolean saysWhy(Problem problem) {
		return problem.status() != HttpStatus.NOT_FOUND && problem.status() != HttpStatus.FORBIDDEN;
	}

	/** The reason a page shows: a bad field's message, or the problem's own. */
	private String reason(Problem problem, Locale locale) {
		if (problem instanceof FieldProblem fields && !fields.errors().isEmpty()) {
			return String.join(" ", fieldMessages(fields, locale));
		}
		return this.problems.message(problem.messageKey(), problem.arguments(), locale);
	}

	private List<String> fieldMessages(FieldProblem fields, Locale locale) {
		return fields.errors().stream().map(e -> this.problems.message(e.messageKey(), e.arguments(), locale)).toList();
	}

	/**
	 * The path (and query) of the page the form was posted from, when the Referer names a
	 * page of this site: its own origin, or the public address it is reached at. Never an
	 * address elsewhere.
	 */
	private Optional<String> pagePostedFrom(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null || referer.isBlank()) {
			return Optional.empty();
		}
		URI uri;
		try {
			uri = new URI(referer.strip());
		}
		catch (java.net.URISyntaxException ex) {
			return Optional.empty();
		}
		String path = uri.getRawPath();
		if (!uri.isAbsolute() || uri.getRawUserInfo() != null || path == null || !path.startsWith("/")
				|| path.startsWith("//") || path.contains("\\")) {
			return Optional.empty();
		}
		boolean sameOrigin = sameOrigin(uri, request.getScheme(), request.getServerName(), request.getServerPort())
				|| sameOrigin(uri, this.publicUrl.getScheme(), this.publicUrl.getHost(), this.publicUrl.getPort());
		if (!sameOrigin) {
			return Optional.empty();
		}
		return Optional.of((uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path);
	}

	private static boolean sameOrigin(URI uri, String scheme, String host, int port) {
		return scheme != null && host != null && scheme.equalsIgnoreCase(uri.getScheme())
				&& host.equalsIgnoreCase(uri.getHost()) && port(scheme, port) == port(uri.getScheme(), uri.getPort());
	}

	private static int port(String scheme, int port) {
		if (port != -1) {
			return port;
		}
		return "https".equalsIgnoreCase(scheme) ? 443 : 80;
	}

}
