package org.practica.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.practica.support.PlatformSettings;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * Languages: Simplified Chinese by default, English on request. Pages keep the choice in
 * a cookie; API clients say it with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformSettings.class)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	static final List<Locale> SUPPORTED = List.of(CHINESE, Locale.ENGLISH);

	static final String COOKIE = "practica-lang";

	@Bean
	LocaleResolver localeResolver() {
		return new PracticaLocaleResolver();
	}

	static Locale supported(String tag) {
		if (!StringUtils.hasText(tag)) {
			return null;
		}
		Locale asked = Locale.forLanguageTag(tag.replace('_', '-'));
		return "en".equals(asked.getLanguage()) ? Locale.ENGLISH : "zh".equals(asked.getLanguage()) ? CHINESE : null;
	}

	/**
	 * The cookie first; then, for the API only, the Accept-Language header; then Chinese.
	 * A plain resolver, so the same answer reaches controllers, message lookups and
	 * validation alike.
	 */
	static class PracticaLocaleResolver implements LocaleResolver {

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Cookie cookie = WebUtils.getCookie(request, COOKIE);
			if (cookie != null && supported(cookie.getValue()) != null) {
				return supported(cookie.getValue());
			}
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				return fromHeader(request.getHeader("Accept-Language"));
			}
			return CHINESE;
		}

		private static Locale fromHeader(String header) {
			if (!StringUtils.hasText(header)) {
				return CHINESE;
			}
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					Locale locale = supported(range.getRange());
					if (locale != null) {
						return locale;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// a malformed header counts as none
			}
			return CHINESE;
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			ResponseCookie cookie = ResponseCookie.from(COOKIE, locale == null ? "" : locale.toLanguageTag())
				.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
				.maxAge(locale == null ? Duration.ZERO : Duration.ofDays(365))
				.httpOnly(true)
				.sameSite("Lax")
				.build();
			response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		}

	}

}
