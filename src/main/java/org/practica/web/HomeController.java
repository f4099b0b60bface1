package org.practica.web;

import java.time.Clock;
import java.time.LocalDate;

import org.practica.directory.CurrentUser;
import org.practica.onestop.Announcements;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The front page and the sign-in page. A visitor sees what the platform is for; a
 * signed-in person sees their workbench: for each role they hold, what needs doing now.
 */
@Controller
class HomeController {

	private final Workbench workbench;

	private final Clock clock;

	private final Announcements announcements;

	HomeController(Workbench workbench, Clock clock, Announcements announcements) {
		this.workbench = workbench;
		this.clock = clock;
		this.announcements = announcements;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (user != null) {
			model.addAttribute("desks", this.workbench.desks(user));
			model.addAttribute("today", LocalDate.now(this.clock));
			model.addAttribute("onestopAnnouncements", this.announcements.mine(user, 3));
		}
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}
