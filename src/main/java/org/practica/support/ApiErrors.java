package org.practica.support;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for what goes wrong in a request to the API before any API controller
 * takes it (an unknown path, a method or body type the path does not take, an upload over
 * the size limit), so that a client never gets anything but problem details from
 * {@code /api/}. Errors inside the controllers are {@link ApiProblemHandler}'s; pages
 * keep their error page.
 */
@Component
class ApiErrors implements HandlerExceptionResolver, Ordered {

	private static final Logger logger = LoggerFactory.getLogger(ApiErrors.class);

	private final ProblemResponses problems;

	ApiErrors(ProblemResponses problems) {
		this.problems = problems;
	}

	/**
	 * The status and message for an error of the framework, or 500 for the unforeseen.
	 */
	static Refusal refusal(Exception ex) {
		if (ex instanceof NoResourceFoundException) {
			return new Refusal(HttpStatus.NOT_FOUND, "problem.not-found");
		}
		if (ex instanceof HttpRequestMethodNotSupportedException) {
			return new Refusal(HttpStatus.METHOD_NOT_ALLOWED, "problem.method");
		}
		if (ex instanceof HttpMediaTypeNotSupportedException) {
			return new Refusal(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.media-type");
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			return new Refusal(HttpStatus.NOT_ACCEPTABLE, "problem.not-acceptable");
		}
		if (ex instanceof MaxUploadSizeExceededException) {
			return new Refusal(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large");
		}
		if (ex instanceof AuthenticationException) {
			return new Refusal(HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		}
		if (ex instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
			HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
			return new Refusal(status == null ? HttpStatus.BAD_REQUEST : status, "problem.unreadable");
		}
		logger.error("Unexpected error in an API request", ex);
		return new Refusal(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal");
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (handler instanceof HandlerMethod || response.isCommitted() || DatabaseOutage.isOutage(ex)
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		Refusal refusal = refusal(ex);
		try {
			this.problems.write(response, refusal.status(), refusal.messageKey(), LocaleContextHolder.getLocale());
		}
		catch (IOException written) {
			return null;
		}
		return new ModelAndView();
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	record Refusal(HttpStatus status, String messageKey) {
	}

}
