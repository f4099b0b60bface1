package org.practica.directory;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.practica.support.ProblemResponses;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Keeps a person whom an admin sent a reset to the change of their password until they
 * have chosen a new one: the pages send them to it, and the API answers 403 to anything
 * but {@code GET /me} and {@code POST /me/password}.
 */
final class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	static final String PAGE = "/profile/password";

	private static final List<String> OPEN_PAGES = List.of(PAGE, "/logout", "/locale", "/error", "/favicon.ico");

	private static final List<String> OPEN_FOLDERS = List.of("/webjars/", "/css/", "/js/", "/img/");

	private final ProblemResponses problems;

	private final LocaleResolver locales;

	private final boolean api;

	private PasswordChangeRequiredFilter(ProblemResponses problems, LocaleResolver locales, boolean api) {
		this.problems = problems;
		this.locales = locales;
		this.api = api;
	}

	static PasswordChangeRequiredFilter forApi(ProblemResponses problems, LocaleResolver locales) {
		return new PasswordChangeRequiredFilter(problems, locales, true);
	}

	static PasswordChangeRequiredFilter forPages() {
		return new PasswordChangeRequiredFilter(null, null, false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				&& user.passwordChangeRequired() && !open(request)) {
			if (this.api) {
				this.problems.write(response, HttpStatus.FORBIDDEN, "account.password.change-required",
						this.locales.resolveLocale(request));
			}
			else {
				response.sendRedirect(request.getContextPath() + PAGE);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (this.api) {
			return (HttpMethod.GET.matches(request.getMethod()) && path.equals("/api/v1/me"))
					|| (HttpMethod.POST.matches(request.getMethod()) && path.equals("/api/v1/me/password"));
		}
		return OPEN_PAGES.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith);
	}

}
