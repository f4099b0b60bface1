package org.practica.notification;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.support.FieldProblem;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page on which a person chooses, for each category of notices, whether it also comes
 * by mail: at once, in the daily digest, or never.
 */
@Controller
class NotificationSettingsController {

	private final MailPreferences preferences;

	private final Accounts accounts;

	private final MailSettings settings;

	NotificationSettingsController(MailPreferences preferences, Accounts accounts, MailSettings settings) {
		this.preferences = preferences;
		this.accounts = accounts;
		this.settings = settings;
	}

	@GetMapping("/notifications/settings")
	String show(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("form", MailChoicesForm.of(this.preferences.of(user.id())));
		return page(user, model);
	}

	@PostMapping("/notifications/settings")
	String save(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") MailChoicesForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		try {
			this.preferences.choose(user.id(),
					MailChoices.parse(form.getCategories(), (category) -> "categories[" + category + "]"));
		}
		catch (FieldProblem problem) {
			problem.rejectInto(result);
			return page(user, model);
		}
		redirect.addFlashAttribute("flash", "notification.settings.saved");
		return "redirect:/notifications/settings";
	}

	private String page(CurrentUser user, Model model) {
		Account account = this.accounts.me(user);
		model.addAttribute("email", NoticeMail.reachable(account) ? account.getEmail() : null);
		model.addAttribute("categories", NoticeCategory.values());
		model.addAttribute("modes", MailMode.values());
		model.addAttribute("digestAt", this.settings.digestAt());
		return "notification/settings";
	}

}
