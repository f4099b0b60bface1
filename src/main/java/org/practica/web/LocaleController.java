package org.practica.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch on every page: remembers the choice (for a signed-in person, also
 * as the language of their mail) and goes back to the page it came from.
 */
@Controller
class LocaleController {

	private final LocaleResolver localeResolver;

	private final Accounts accounts;

	LocaleController(LocaleResolver localeResolver, Accounts accounts) {
		this.localeResolver = localeResolver;
		this.accounts = accounts;
	}

	@GetMapping("/locale")
	String change(@RequestParam String lang, @RequestParam(required = false) String back,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		Locale locale = WebConfiguration.supported(lang);
		if (locale != null) {
			this.localeResolver.setLocale(request, response, locale);
			if (user != null) {
				this.accounts.chooseLanguage(user, locale);
			}
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
