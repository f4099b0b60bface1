package org.practica.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request Spring Security's firewall refuses before anything else sees it (an encoded
 * NUL, slash or period, a {@code ;} in the path, a {@code ..}) is answered 400 with
 * problem details, as every other refusal, instead of an error page or a 500.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

	private static final Logger logger = LoggerFactory.getLogger(RejectedRequests.class);

	private final ProblemResponses problems;

	private final LocaleResolver locales;

	RejectedRequests(ProblemResponses problems, LocaleResolver locales) {
		this.problems = problems;
		this.locales = locales;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		logger.debug("Rejected {}: {}", request.getRequestURI(), rejected.getMessage());
		if (!response.isCommitted()) {
			this.problems.write(response, HttpStatus.BAD_REQUEST, "problem.path-rejected",
					this.locales.resolveLocale(request));
		}
	}

}
