package org.practica.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import tools.jackson.core.JacksonException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Turns every refusal of the JSON API into problem details in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

	static final int BUSY_RETRY_SECONDS = 10;

	private final ProblemResponses problems;

	ApiProblemHandler(ProblemResponses problems) {
		this.problems = problems;
	}

	@ExceptionHandler(FieldProblem.class)
	ResponseEntity<Map<String, Object>> fields(FieldProblem problem) {
		return respond(problem.status(), this.problems.body(problem, locale()));
	}

	@ExceptionHandler(Problem.class)
	ResponseEntity<Map<String, Object>> problem(Problem problem) {
		HttpHeaders headers = new HttpHeaders();
		if (problem.status() == HttpStatus.TOO_MANY_REQUESTS) {
			// busy now (e.g. the exports running at once): a client waits this long
			// before asking again
			headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(BUSY_RETRY_SECONDS));
		}
		return respond(problem.status(), headers,
				this.problems.body(problem.status(), problem.messageKey(), problem.arguments(), locale()));
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<Map<String, Object>> invalid(BindException ex) {
		List<FieldProblem.FieldError> errors = new ArrayList<>();
		ex.getFieldErrors()
			.forEach(e -> errors.add(new FieldProblem.FieldError(null, e.getField(),
					e.isBindingFailure() ? "field.invalid" : e.getDefaultMessage(), null)));
		ex.getGlobalErrors()
			.forEach(
					e -> errors.add(new FieldProblem.FieldError(null, e.getObjectName(), e.getDefaultMessage(), null)));
		return fields(new FieldProblem(HttpStatus.BAD_REQUEST, errors));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Map<String, Object>> violations(ConstraintViolationException ex) {
		List<FieldProblem.FieldError> errors = ex.getConstraintViolations()
			.stream()
			.map(v -> new FieldProblem.FieldError(null, v.getPropertyPath().toString(), v.getMessage(), null))
			.toList();
		return fields(new FieldProblem(HttpStatus.BAD_REQUEST, errors));
	}

	/**
	 * A body, parameter or part that could not be read: a 400 naming the field when one
	 * is known (a wrong type, a bad date, an unknown value), and a 404 for a path id that
	 * cannot name anything.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		String field = (ex.getCause() instanceof JacksonException json) ? field(json.getPath()) : null;
		String key = (ex.getCause() instanceof JacksonException json && json.getOriginalMessage() != null
				&& json.getOriginalMessage().startsWith("field.")) ? json.getOriginalMessage() : "field.invalid";
		return (field == null) ? simple(HttpStatus.BAD_REQUEST, "problem.unreadable")
				: fields(FieldProblem.invalid(field, key));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> mismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return simple(HttpStatus.NOT_FOUND, "problem.not-found");
		}
		return fields(FieldProblem.invalid(ex.getName(), "field.invalid"));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException ex) {
		return fields(FieldProblem.invalid(ex.getParameterName(), "field.required"));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ResponseEntity<Map<String, Object>> missingPart(MissingServletRequestPartException ex) {
		return fields(FieldProblem.invalid(ex.getRequestPartName(), "field.required"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException ex) {
		return simple(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Map<String, Object>> concurrent(OptimisticLockingFailureException ex) {
		return simple(HttpStatus.CONFLICT, "problem.concurrent");
	}

	/**
	 * The database cannot be reached: 503, to be asked again after a while, and logged.
	 */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class })
	ResponseEntity<Map<String, Object>> outage(RuntimeException ex, HttpServletRequest request) {
		DatabaseOutage.log(request, ex);
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
		return respond(HttpStatus.SERVICE_UNAVAILABLE, headers,
				this.problems.body(HttpStatus.SERVICE_UNAVAILABLE, DatabaseOutage.MESSAGE_KEY, null, locale()));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<Map<String, Object>> methodValidation(HandlerMethodValidationException ex) {
		List<FieldProblem.FieldError> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> errors.add(new FieldProblem.FieldError(null,
						result.getMethodParameter().getParameterName(), error.getDefaultMessage(), null))));
		return fields(new FieldProblem(HttpStatus.BAD_REQUEST, errors));
	}

	/**
	 * The framework's own refusals (a wrong method, body type or size, an unknown path)
	 * and anything unforeseen, which is logged and answered 500. An answer already under
	 * way (a download cut short) cannot be one any more: the error goes on to the server,
	 * which logs it and breaks the connection, so the client sees the file is incomplete.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> other(Exception ex, HttpServletResponse response) throws Exception {
		if (response.isCommitted() || DatabaseOutage.isOutage(ex)) {
			// an outage further down the causes: the outage filter answers it
			throw ex;
		}
		ApiErrors.Refusal refusal = ApiErrors.refusal(ex);
		return simple(refusal.status(), refusal.messageKey());
	}

	/** The field a JSON path names, e.g. {@code shifts[2].capacity}; null for none. */
	static String field(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference step : path) {
			if (step.getPropertyName() != null) {
				field.append(field.isEmpty() ? "" : ".").append(step.getPropertyName());
			}
			else if (step.getIndex() >= 0) {
				field.append('[').append(step.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? null : field.toString();
	}

	private ResponseEntity<Map<String, Object>> simple(HttpStatus status, String key) {
		return respond(status, this.problems.body(status, key, null, locale()));
	}

	private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
		return respond(status, HttpHeaders.EMPTY, body);
	}

	private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, HttpHeaders headers,
			Map<String, Object> body) {
		return ResponseEntity.status(status).headers(headers).contentType(ProblemResponses.PROBLEM_JSON).body(body);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
