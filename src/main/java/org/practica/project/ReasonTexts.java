package org.practica.project;

import java.util.Locale;

import org.practica.direction.Directions;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a suggestion's reasons into words in the reader's language.
 */
@Component
class ReasonTexts {

	private final MessageSource messages;

	private final Directions directions;

	ReasonTexts(MessageSource messages, Directions directions) {
		this.messages = messages;
		this.directions = directions;
	}

	String detail(Suggestion.Reason reason, Locale locale) {
		Object[] arguments = reason.arguments().clone();
		if ("DIRECTION".equals(reason.factor()) && arguments.length > 0) {
			arguments[0] = this.directions.name(String.valueOf(arguments[0]), locale);
		}
		return this.messages.getMessage(reason.messageKey(), arguments, reason.messageKey(), locale);
	}

	String factor(Suggestion.Reason reason, Locale locale) {
		return this.messages.getMessage("suggestion.factor." + reason.factor(), null, reason.factor(), locale);
	}

}
