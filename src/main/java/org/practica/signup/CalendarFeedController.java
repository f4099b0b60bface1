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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A student's calendar feed: the document calendar apps fetch (no sign-in, the address
 * carries the secret) and the button on "My sign-ups" that makes a new address.
 */
@Controller
class CalendarFeedController {

	private static final java.util.Set<String> BACK = java.util.Set.of("/me/signups", "/onestop", "/onestop/provider");

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

	/**
	 * A new address, told once; back to the page it was asked from (my sign-ups, the
	 * one-stop page, the provider's calendar).
	 */
	@PostMapping("/me/calendar-feed")
	String renew(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", this.feeds.renew(user));
		redirect.addFlashAttribute("flash", "calendar.feed.made");
		return "redirect:" + back(back) + "#calendar-feed";
	}

	/** Stops the feed: its address answers 404 from now on. */
	@PostMapping("/me/calendar-feed/stop")
	String stop(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		this.feeds.revoke(user);
		redirect.addFlashAttribute("flash", "calendar.feed.stopped");
		return "redirect:" + back(back) + "#calendar-feed";
	}

	/** Only the pages that show the feed, never an address from outside. */
	private static String back(String back) {
		return back != null && BACK.contains(back) ? back : "/me/signups";
	}

}
