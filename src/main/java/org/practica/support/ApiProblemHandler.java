package org.practica.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal of the JSON API into problem details in the caller's language.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler {

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
		return respond(problem.status(),
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

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	ResponseEntity<Map<String, Object>> unreadable(Exception ex) {
		return simple(HttpStatus.BAD_REQUEST, "problem.unreadable");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex) {
		return simple(HttpStatus.CONTENT_TOO_LARGE, "problem.too-large");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Map<String, Object>> denied(AccessDeniedException ex) {
		return simple(HttpStatus.FORBIDDEN, "problem.forbidden");
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Map<String, Object>> concurrent(OptimisticLockingFailureException ex) {
		return simple(HttpStatus.CONFLICT, "problem.concurrent");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException ex) {
		return simple(HttpStatus.METHOD_NOT_ALLOWED, "problem.method");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex) {
		return simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.media-type");
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

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<Map<String, Object>> errorResponse(ErrorResponseException ex) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		return simple(status == null ? HttpStatus.BAD_REQUEST : status, "problem.unreadable");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException ex) {
		return simple(HttpStatus.NOT_FOUND, "problem.not-found");
	}

	private ResponseEntity<Map<String, Object>> simple(HttpStatus status, String key) {
		return respond(status, this.problems.body(status, key, null, locale()));
	}

	private static ResponseEntity<Map<String, Object>> respond(HttpStatus status, Map<String, Object> body) {
		return ResponseEntity.status(status).contentType(ProblemResponses.PROBLEM_JSON).body(body);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
