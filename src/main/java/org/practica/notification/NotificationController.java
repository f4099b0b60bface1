package org.practica.notification;

import org.practica.directory.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("notifications", this.notifications.latest(user));
		return "notification/list";
	}

	@PostMapping("/notifications/read")
	String readAll(@AuthenticationPrincipal CurrentUser user) {
		this.notifications.readAll(user);
		return "redirect:/notifications";
	}

}
