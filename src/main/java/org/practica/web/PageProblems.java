package org.practica.web;

import org.practica.support.Problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refusal on a page shows the error page with its status: 404 for what is not there or
 * not visible, 403 for what is not the person's to do, 409 for what the state forbids.
 * The JSON API answers with problem details instead.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	@ExceptionHandler(Problem.class)
	ModelAndView problem(Problem problem) {
		ModelAndView page = new ModelAndView("error", problem.status());
		page.addObject("status", problem.status().value());
		return page;
	}

}
