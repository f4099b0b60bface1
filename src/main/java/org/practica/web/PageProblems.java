package org.practica.web;

import java.util.List;
import java.util.Locale;

import org.practica.support.FieldProblem;
import org.practica.support.Problem;
import org.practica.support.ProblemResponses;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page shows the error page with its status: 404 for what is not there or
 * not visible, 403 for what is not the person's to do, 409 for what the state forbids.
 * The page says the problem's own reason, translated, and the message of each bad field.
 * The JSON API answers with problem details instead.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	private final ProblemResponses problems;

	PageProblems(ProblemResponses problems) {
		this.problems = problems;
	}

	@ExceptionHandler(Problem.class)
	ModelAndView problem(Problem problem, Locale locale) {
		ModelAndView page = new ModelAndView("error", problem.status());
		page.addObject("status", problem.status().value());
		if (problem instanceof FieldProblem fields) {
			List<String> messages = fields.errors()
				.stream()
				.map(e -> this.problems.message(e.messageKey(), e.arguments(), locale))
				.toList();
			page.addObject("fieldMessages", messages);
		}
		// Not found and forbidden say no more than their status does.
		if (!problem.messageKey().equals("problem.not-found") && !problem.messageKey().equals("problem.forbidden")) {
			page.addObject("reason", this.problems.message(problem.messageKey(), problem.arguments(), locale));
		}
		return page;
	}

}
