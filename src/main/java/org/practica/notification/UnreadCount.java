package org.practica.notification;

import org.practica.directory.CurrentUser;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * How many notifications the signed-in person has not read, for the badge in the pages'
 * menu ({@code ${@unreadCount.of(#authentication)}}); asked only when a page is rendered,
 * never by the API.
 */
@Component("unreadCount")
class UnreadCount {

	private final Notifications notifications;

	UnreadCount(Notifications notifications) {
		this.notifications = notifications;
	}

	public long of(Authentication authentication) {
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return 0;
		}
		return this.notifications.unread(user);
	}

}
