package org.practica.attendance;

import java.time.Clock;
import java.util.List;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.signup.Shift;
import org.practica.signup.Signups;
import org.practica.support.PlatformSettings;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The supervisor's rotating QR code, the student's check-in page it leads to, and the
 * attendance roster.
 */
@Controller
class AttendanceController {

	private final Attendances attendances;

	private final Signups signups;

	private final Accounts accounts;

	private final String publicUrl;

	private final Clock clock;

	AttendanceController(Attendances attendances, Signups signups, Accounts accounts, PlatformSettings platform,
			Clock clock) {
		this.attendances = attendances;
		this.signups = signups;
		this.accounts = accounts;
		this.publicUrl = platform.publicUrl();
		this.clock = clock;
	}

	/**
	 * The page a supervisor shows on a screen or phone; the code part refreshes itself.
	 */
	@GetMapping("/shifts/{id}/code")
	String code(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Shift shift = this.signups.managedShift(user, id);
		model.addAttribute("shift", shift);
		model.addAttribute("code", this.attendances.code(user, id));
		model.addAttribute("epoch", System.currentTimeMillis());
		return "attendance/code";
	}

	@GetMapping(path = "/shifts/{id}/code.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		AttendanceCodes.Code code = this.attendances.code(user, id);
		String url = UriComponentsBuilder.fromUriString(this.publicUrl)
			.path("/attend/{id}")
			.queryParam("code", code.code())
			.buildAndExpand(id)
			.toUriString();
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(QrCodes.png(url, 360));
	}

	/** Where a scanned code leads: the student checks in or out. */
	@GetMapping("/attend/{id}")
	String attend(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String code, Model model) {
		Shift shift = this.signups.shift(user, id);
		model.addAttribute("shift", shift);
		model.addAttribute("code", code);
		model.addAttribute("attendance", this.attendances.of(id, user.id()).orElse(null));
		model.addAttribute("confirmed", this.signups.confirmed(id, user.id()).isPresent());
		model.addAttribute("opensAt", this.attendances.checkInOpens(shift));
		model.addAttribute("opened", !this.clock.instant().isBefore(this.attendances.checkInOpens(shift)));
		this.attendances.hoursIfCheckedOutNow(user, id).ifPresent((hours) -> {
			model.addAttribute("hoursNow", hours);
			model.addAttribute("zeroHours", hours.signum() == 0);
		});
		return "attendance/attend";
	}

	@PostMapping("/attend/{id}/check-in")
	String checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
			RedirectAttributes redirect) {
		this.attendances.checkIn(user, id, code);
		redirect.addFlashAttribute("flash", "attendance.checked-in");
		return "redirect:/attend/" + id;
	}

	/**
	 * A check-out from the page: one that would record 0 hours is refused until the
	 * student, told so on the page, confirms it ({@code acceptZero}).
	 */
	@PostMapping("/attend/{id}/check-out")
	String checkOut(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String code,
			@RequestParam(defaultValue = "false") boolean acceptZero, RedirectAttributes redirect) {
		Attendances.CheckOut checkOut = this.attendances.checkOut(user, id, code, acceptZero);
		redirect.addFlashAttribute("flash",
				checkOut.entry().getHours().signum() == 0 ? "attendance.checked-out.zero" : "attendance.checked-out");
		return "redirect:/attend/" + id;
	}

	@GetMapping("/shifts/{id}/attendance")
	String roster(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		Shift shift = this.signups.managedShift(user, id);
		List<Attendances.Row> rows = this.attendances.roster(user, id);
		model.addAttribute("shift", shift);
		model.addAttribute("rows", rows);
		model.addAttribute("people",
				this.accounts.byId(rows.stream().map(r -> r.attendance().getStudentId()).toList()));
		return "attendance/roster";
	}

}
