package org.practica.signup;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;

import net.fortuna.ical4j.data.CalendarOutputter;
import org.practica.directory.CurrentUser;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's calendar feed: the document calendar apps fetch (no sign-in, the address
 * carries the secret) and the button on "My sign-ups" that makes a new address.
 */
@Controller
class CalendarFeedController {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	CalendarFeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/calendar/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret) throws IOException {
		StringWriter ics = new StringWriter();
		new CalendarOutputter().output(this.feeds.calendar(secret), ics);
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
			.header("Content-Disposition", "inline; filename=\"practica.ics\"")
			.body(ics.toString());
	}

	@PostMapping("/me/calendar-feed")
	String renew(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", this.feeds.renew(user));
		redirect.addFlashAttribute("flash", "calendar.feed.made");
		return "redirect:/me/signups#calendar-feed";
	}

}
