package org.practica.notification;

import org.practica.directory.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * How many notifications the signed-in person has not read, for the badge in every page's
 * menu.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadCount {

	private final Notifications notifications;

	UnreadCount(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	long unread(@AuthenticationPrincipal CurrentUser user) {
		return user == null ? 0 : this.notifications.unread(user);
	}

}
