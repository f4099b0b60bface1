package org.practica.attendance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.practica.directory.CurrentUser;
import org.practica.support.PageResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.practica.support.Ids.text;

@RestController
@RequestMapping("/api/v1/shifts/{id}")
@Tag(name = "Shifts, sign-ups, attendance")
class AttendanceApiController {

	private final Attendances attendances;

	private final ZoneId zone;

	AttendanceApiController(Attendances attendances, Clock clock) {
		this.attendances = attendances;
		this.zone = clock.getZone();
	}

	@Operation(summary = "The shift's current check-in code, valid for at most 60 seconds (its supervisors)")
	@GetMapping("/attendance-code")
	CodeJson code(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		AttendanceCodes.Code code = this.attendances.code(user, id);
		return new CodeJson(code.code(), at(code.expiresAt()));
	}

	@Operation(summary = "Check in with the shown code (a confirmed student of the shift)")
	@PostMapping("/check-in")
	AttendanceJson checkIn(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody CodeRequest request) {
		return json(this.attendances.checkIn(user, id, request.code()), null);
	}

	@Operation(summary = "Check out with the shown code; records a pending hours entry (it may be 0 hours: "
			+ "ask for the check-out preview first and tell the student)")
	@PostMapping("/check-out")
	AttendanceJson checkOut(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody CodeRequest request) {
		Attendances.CheckOut checkOut = this.attendances.checkOut(user, id, request.code(), true);
		return json(checkOut.attendance(), checkOut.entry().getHours());
	}

	@Operation(summary = "The hours a check-out now would record for the caller (a student checked in to the shift)")
	@GetMapping("/check-out/preview")
	PreviewJson checkOutPreview(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		java.math.BigDecimal hours = this.attendances.hoursIfCheckedOutNow(user, id)
			.orElseThrow(() -> org.practica.support.Problem.conflict("attendance.not-checked-in"));
		return new PreviewJson(hours, hours.signum() == 0);
	}

	@Operation(summary = "Who came, with those still checked in after the end flagged (its supervisors)")
	@GetMapping("/attendance")
	PageResponse<RowJson> roster(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.attendances.roster(user, id), page, size,
				r -> new RowJson(json(r.attendance(), null), r.flagged(), r.missed()));
	}

	private AttendanceJson json(Attendance a, java.math.BigDecimal hours) {
		return new AttendanceJson(text(a.getId()), text(a.getShiftId()), text(a.getStudentId()), at(a.getCheckedInAt()),
				a.getCheckedOutAt() == null ? null : at(a.getCheckedOutAt()), text(a.getHoursEntryId()), hours);
	}

	record CodeRequest(@NotBlank(message = "{attendance.code.required}") String code) {
	}

	/**
	 * An instant in the deployment's zone, to the second: a fresh instant and one read
	 * back from the database look the same.
	 */
	private OffsetDateTime at(java.time.Instant instant) {
		return OffsetDateTime.ofInstant(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), this.zone);
	}

	record CodeJson(String code, OffsetDateTime expiresAt) {
	}

	record AttendanceJson(String id, String shiftId, String studentId, OffsetDateTime checkedInAt,
			OffsetDateTime checkedOutAt, String hoursEntryId, java.math.BigDecimal hours) {
	}

	record RowJson(AttendanceJson attendance, boolean flagged, boolean missedCheckOut) {
	}

	/**
	 * What a check-out now would record.
	 *
	 * @param hours the hours
	 * @param zeroHours whether that is nothing: the student should be told before
	 * checking out
	 */
	record PreviewJson(java.math.BigDecimal hours, boolean zeroHours) {
	}

}
