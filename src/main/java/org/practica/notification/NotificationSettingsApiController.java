package org.practica.notification;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/notification-settings")
@Tag(name = "Notifications")
class NotificationSettingsApiController {

	private final MailPreferences preferences;

	NotificationSettingsApiController(MailPreferences preferences) {
		this.preferences = preferences;
	}

	@Operation(summary = "How the caller gets each category of notices by mail")
	@GetMapping
	SettingsJson get(@AuthenticationPrincipal CurrentUser user) {
		return SettingsJson.of(this.preferences.of(user.id()));
	}

	@Operation(summary = "Choose how the caller gets categories of notices by mail",
			description = "The categories named are set, the others stay as they were. "
					+ "An unknown category or mode: 400 naming the field (categories.<CATEGORY>), nothing set.")
	@PutMapping
	SettingsJson put(@AuthenticationPrincipal CurrentUser user, @RequestBody SettingsJson settings) {
		this.preferences.choose(user.id(), MailChoices.parse(settings.categories(), (c) -> "categories." + c));
		return SettingsJson.of(this.preferences.of(user.id()));
	}

	/**
	 * @param categories each category's mail: IMMEDIATE, DAILY or NEVER
	 */
	record SettingsJson(
			@Schema(example = """
					{"REMINDERS":"IMMEDIATE","SIGNUPS":"DAILY","HOURS":"DAILY","FAIR":"DAILY","ORGANISATION":"NEVER"}""") Map<String, String> categories) {

		static SettingsJson of(Map<NoticeCategory, MailMode> modes) {
			Map<String, String> categories = new LinkedHashMap<>();
			modes.forEach((category, mode) -> categories.put(category.name(), mode.name()));
			return new SettingsJson(categories);
		}

	}

}
