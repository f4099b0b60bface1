package org.practica.support;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives each request an id: the caller's (or the balancer's) {@code X-Request-Id} when it
 * is a plain token, else a new one. It is answered in the same header, written with every
 * log line of the request ({@code requestId} in the MDC: a field of the JSON lines) and
 * named in every problem answer, so a person's report of a failure leads to its log.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIds extends OncePerRequestFilter {

	/** The header that carries the id in and out. */
	public static final String HEADER = "X-Request-Id";

	/** The key of the id in the logging context (MDC) and the request's attribute. */
	public static final String KEY = "requestId";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	/** The id of the request being served on this thread, or null outside one. */
	public static String current() {
		return MDC.get(KEY);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (request.getAttribute(KEY) instanceof String earlier) ? earlier : idOf(request.getHeader(HEADER));
		request.setAttribute(KEY, id);
		if (!response.containsHeader(HEADER)) {
			response.setHeader(HEADER, id);
		}
		String outer = MDC.get(KEY);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (outer != null) {
				MDC.put(KEY, outer);
			}
			else {
				MDC.remove(KEY);
			}
		}
	}

	/** The error page a failed request is forwarded to keeps the request's id. */
	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	static String idOf(String given) {
		return (given != null && PLAIN.matcher(given).matches()) ? given : UUID.randomUUID().toString();
	}

}
