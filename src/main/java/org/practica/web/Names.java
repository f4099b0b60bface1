package org.practica.web;

import org.practica.directory.Account;
import org.practica.directory.CurrentUser;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * People's names as the pages show them ({@code ${@names.of(account)}}): the name they
 * chose, and the platform admin's name from the first start in the reader's language.
 */
@Component("names")
class Names {

	static final String FIRST_ADMIN = "account.platform-admin.name";

	private final MessageSource messages;

	Names(MessageSource messages) {
		this.messages = messages;
	}

	public String of(Account account) {
		if (account == null) {
			return "";
		}
		return account.hasFirstAdminName() ? firstAdmin() : account.getDisplayName();
	}

	public String of(CurrentUser user) {
		if (user == null) {
			return "";
		}
		return user.hasFirstAdminName() ? firstAdmin() : user.displayName();
	}

	private String firstAdmin() {
		return this.messages.getMessage(FIRST_ADMIN, null, LocaleContextHolder.getLocale());
	}

}
