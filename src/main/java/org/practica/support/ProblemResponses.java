package org.practica.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Writes RFC 9457 problem details with translated text: {@code type}, {@code title},
 * {@code status}, {@code detail}, {@code requestId} (the request's id, as in its log
 * lines and {@code X-Request-Id}), and {@code errors} for bad fields or rows.
 */
@Component
public class ProblemResponses {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final MessageSource messages;

	private final ObjectMapper json;

	ProblemResponses(MessageSource messages, ObjectMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The problem's body for a status and a message key. */
	public Map<String, Object> body(HttpStatus status, String messageKey, Object[] arguments, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "urn:practica:problem:" + messageKey);
		body.put("title", this.messages.getMessage("status." + status.value(), null, status.getReasonPhrase(), locale));
		body.put("status", status.value());
		body.put("detail", this.messages.getMessage(messageKey, arguments, messageKey, locale));
		String requestId = RequestIds.current();
		if (requestId != null) {
			body.put(RequestIds.KEY, requestId);
		}
		return body;
	}

	/**
	 * The body of a problem with bad fields or rows, each with its translated message.
	 */
	public Map<String, Object> body(FieldProblem problem, Locale locale) {
		Map<String, Object> body = body(problem.status(), problem.messageKey(), null, locale);
		body.put("errors", errors(problem.errors(), locale));
		return body;
	}

	public List<Map<String, Object>> errors(List<FieldProblem.FieldError> errors, Locale locale) {
		return errors.stream().map(error -> {
			Map<String, Object> item = new LinkedHashMap<>();
			if (error.row() != null) {
				item.put("row", error.row());
			}
			item.put("field", error.field());
			item.put("message", message(error.messageKey(), error.arguments(), locale));
			return item;
		}).toList();
	}

	public String message(String key, Object[] arguments, Locale locale) {
		return this.messages.getMessage(key, arguments, key, locale);
	}

	/**
	 * Writes a problem straight to a response, for filters that run before the
	 * controllers.
	 */
	public void write(HttpServletResponse response, HttpStatus status, String messageKey, Locale locale)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(this.json.writeValueAsString(body(status, messageKey, null, locale)));
	}

}
