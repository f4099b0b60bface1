package org.practica.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Languages: Simplified Chinese by default, English on request. Pages keep the choice in
 * a cookie; API clients say it with {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
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
	 */
	static class PracticaLocaleResolver extends CookieLocaleResolver {

		PracticaLocaleResolver() {
			super(COOKIE);
			setCookieMaxAge(Duration.ofDays(365));
			setDefaultLocale(CHINESE);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				String header = request.getHeader("Accept-Language");
				if (StringUtils.hasText(header)) {
					for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
						Locale locale = supported(range.getRange());
						if (locale != null) {
							return locale;
						}
					}
				}
				return CHINESE;
			}
			return super.resolveLocale(request);
		}

	}

}
