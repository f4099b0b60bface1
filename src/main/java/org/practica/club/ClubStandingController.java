package org.practica.club;

import java.time.LocalDate;

import org.practica.directory.CurrentUser;
import org.practica.project.Project;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The club page's forms for activities, annual reviews, the rating's adjustment,
 * takeovers and suspension; the federation's page decides annual reviews too.
 */
@Controller
class ClubStandingController {

	private final ClubActivities activities;

	private final ClubStandings standings;

	ClubStandingController(ClubActivities activities, ClubStandings standings) {
		this.activities = activities;
		this.standings = standings;
	}

	/** An officer creates an activity; its page, where shifts are added, comes next. */
	@PostMapping("/clubs/{id}/activities")
	String createActivity(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) String place, @RequestParam(required = false) LocalDate startDate,
			@RequestParam(required = false) LocalDate endDate,
			@RequestParam(defaultValue = "false") boolean membersOnly, RedirectAttributes redirect) {
		Project project = this.activities.create(user, id,
				new ClubActivities.ActivityRequest(title, description, place, startDate, endDate, membersOnly));
		redirect.addFlashAttribute("flash", "club.activity.created");
		return "redirect:/projects/" + project.getId();
	}

	@PostMapping("/clubs/{id}/annual-reviews")
	String file(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String report,
			RedirectAttributes redirect) {
		this.standings.file(user, id, year, report);
		redirect.addFlashAttribute("flash", "club.annual-review.filed");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/annual-reviews/{id}/review")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String decision,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		AnnualReview review = this.standings.decide(user, id, "APPROVE".equals(decision), comment);
		redirect.addFlashAttribute("flash", "club.reviewed");
		return "federation".equals(back) ? "redirect:/federation" : "redirect:/clubs/" + review.getClubId();
	}

	@PostMapping("/clubs/{id}/rating/adjustments")
	String adjust(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer stars,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.standings.adjust(user, id, year, stars, reason);
		redirect.addFlashAttribute("flash", "club.rating.adjusted.flash");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/takeovers")
	String requestTakeover(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String statement, RedirectAttributes redirect) {
		this.standings.requestTakeover(user, id, statement);
		redirect.addFlashAttribute("flash", "club.takeover.requested");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/takeovers/{id}/review")
	String decideTakeover(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam String decision, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		ClubTakeover takeover = this.standings.decideTakeover(user, id, "APPROVE".equals(decision), comment);
		redirect.addFlashAttribute("flash", "club.reviewed");
		return "redirect:/clubs/" + takeover.getClubId();
	}

	@PostMapping("/clubs/{id}/suspend")
	String suspend(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		this.standings.suspend(user, id, reason);
		redirect.addFlashAttribute("flash", "club.suspended");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/lift")
	String lift(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.standings.lift(user, id);
		redirect.addFlashAttribute("flash", "club.lifted");
		return "redirect:/clubs/" + id;
	}

}
