package org.practica.notification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.practica.support.FieldProblem;

import org.springframework.http.HttpStatus;

/**
 * Reads a person's choices as sent (category name to mode name), from the API and from
 * the settings page alike: every unknown category or mode is named in one 400, and
 * nothing is chosen then.
 */
final class MailChoices {

	private MailChoices() {
	}

	/**
	 * The choices, or a problem naming each bad one.
	 * @param sent category name to mode name
	 * @param field the name of the field that holds a category's mode, for the errors
	 */
	static Map<NoticeCategory, MailMode> parse(Map<String, String> sent, UnaryOperator<String> field) {
		if (sent == null) {
			throw FieldProblem.invalid("categories", "field.required");
		}
		Map<NoticeCategory, MailMode> choices = new EnumMap<>(NoticeCategory.class);
		List<FieldProblem.FieldError> errors = new ArrayList<>();
		sent.forEach((category, mode) -> {
			NoticeCategory known = valueOf(NoticeCategory.class, category);
			MailMode chosen = valueOf(MailMode.class, mode);
			if (known == null) {
				errors.add(new FieldProblem.FieldError(null, field.apply(category), "notice.category.unknown",
						new Object[0]));
			}
			else if (chosen == null) {
				errors
					.add(new FieldProblem.FieldError(null, field.apply(category), "mail.mode.unknown", new Object[0]));
			}
			else {
				choices.put(known, chosen);
			}
		});
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
		return choices;
	}

	private static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
		if (name == null) {
			return null;
		}
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

}
