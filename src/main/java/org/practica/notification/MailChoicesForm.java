package org.practica.notification;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mail settings page's form: a mode name for each category name.
 */
class MailChoicesForm {

	private Map<String, String> categories = new LinkedHashMap<>();

	static MailChoicesForm of(Map<NoticeCategory, MailMode> modes) {
		MailChoicesForm form = new MailChoicesForm();
		modes.forEach((category, mode) -> form.categories.put(category.name(), mode.name()));
		return form;
	}

	public Map<String, String> getCategories() {
		return this.categories;
	}

	public void setCategories(Map<String, String> categories) {
		this.categories = categories;
	}

}
