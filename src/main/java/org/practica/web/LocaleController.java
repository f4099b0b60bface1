package org.practica.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch on every page: remembers the choice and goes back to the page it
 * came from.
 */
@Controller
class LocaleController {

	private final LocaleResolver localeResolver;

	LocaleController(LocaleResolver localeResolver) {
		this.localeResolver = localeResolver;
	}

	@GetMapping("/locale")
	String change(@RequestParam String lang, @RequestParam(required = false) String back, HttpServletRequest request,
			HttpServletResponse response) {
		Locale locale = WebConfiguration.supported(lang);
		if (locale != null) {
			this.localeResolver.setLocale(request, response, locale);
		}
		return "redirect:" + safe(back);
	}

	/** Only a path of this site, never another host. */
	static String safe(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\") || back.contains("\r")
				|| back.contains("\n")) {
			return "/";
		}
		return back;
	}

}
