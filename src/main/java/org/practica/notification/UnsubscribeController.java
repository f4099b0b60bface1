package org.practica.notification;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.practica.directory.Accounts;
import org.practica.support.Problem;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of a notice mail, open to anyone who holds it (no session). A POST
 * unsubscribes: a mail program's one-click unsubscribe (RFC 8058, which cannot send a
 * CSRF token, so this path alone is exempt), or the button of the page. A GET only shows
 * that page and changes nothing, because mail scanners open the links they find. A link
 * whose signature does not match, or whose account is gone, is not found.
 */
@Controller
class UnsubscribeController {

	private final UnsubscribeLinks links;

	private final MailPreferences preferences;

	private final Accounts accounts;

	private final Letters letters;

	UnsubscribeController(UnsubscribeLinks links, MailPreferences preferences, Accounts accounts, Letters letters) {
		this.links = links;
		this.preferences = preferences;
		this.accounts = accounts;
		this.letters = letters;
	}

	@GetMapping("/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model, Locale locale) {
		UnsubscribeLinks.Unsubscription unsubscription = read(token);
		model.addAttribute("categoryNames", this.letters.categoryNames(unsubscription.categories(), locale));
		model.addAttribute("token", token);
		model.addAttribute("done", false);
		return "notification/unsubscribe";
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, Locale locale) {
		UnsubscribeLinks.Unsubscription unsubscription = read(token);
		Map<NoticeCategory, MailMode> never = new EnumMap<>(NoticeCategory.class);
		unsubscription.categories().forEach((category) -> never.put(category, MailMode.NEVER));
		this.preferences.choose(unsubscription.accountId(), never);
		model.addAttribute("categoryNames", this.letters.categoryNames(unsubscription.categories(), locale));
		model.addAttribute("done", true);
		return "notification/unsubscribe";
	}

	private UnsubscribeLinks.Unsubscription read(String token) {
		return this.links.read(token)
			.filter((unsubscription) -> this.accounts.find(unsubscription.accountId()).isPresent())
			.orElseThrow(Problem::notFound);
	}

}
