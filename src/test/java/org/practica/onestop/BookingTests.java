package org.practica.onestop;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.practica.directory.Account;
import org.practica.directory.Role;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Booking rules through the API: capacity, overlaps, cut-off, no-shows, tenancy. */
class BookingTests extends OnestopTestSupport {

	@Autowired
	private Bookings bookings;

	@Test
	void aFullSlotAndAnOverlappingBookingAreRefused() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String oneToOne = slot(campus.tutor(), service, 24, 1);
		String sameTime = slot(campus.counsellor(), service, 24, 5);
		String student = token(campus.student());
		postAs(student, null, "/api/v1/slots/{id}/bookings", oneToOne).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("BOOKED"));
		postAs(student, null, "/api/v1/slots/{id}/bookings", oneToOne).andExpect(status().isConflict());
		postAs(student, null, "/api/v1/slots/{id}/bookings", sameTime).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("You already have a booking at that time."));
		Account other = user(Role.STUDENT, campus.college());
		postAs(token(other), null, "/api/v1/slots/{id}/bookings", oneToOne).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("This slot is full."));
	}

	@Test
	void aBookingAndAConfirmedShiftCannotOverlapEitherWay() throws Exception {
		World world = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		String shift = shift(leader, project, 24, 5);
		this.accounts.addMember(admin(), world.team().getId(), world.student().getId());
		String student = token(world.student());
		postAs(student, null, "/api/v1/shifts/{id}/signups", shift).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("CONFIRMED"));
		Account tutor = user(Role.SERVICE_PROVIDER, world.university());
		String service = read(postAs(token(world.universityAdmin()), """
				{"organisationId":"%s","kind":"ACADEMIC","title":"答疑","location":"活动室"}
				""".formatted(world.university().getId()), "/api/v1/services").andExpect(status().isCreated()), "$.id");
		String during = slot(tutor, service, 25, 3);
		postAs(student, null, "/api/v1/slots/{id}/bookings", during).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("You already hold a confirmed shift at that time."));

		// the other way round: a booking first, then a shift at the same time
		String later = slot(tutor, service, 48, 3);
		postAs(student, null, "/api/v1/slots/{id}/bookings", later).andExpect(status().isCreated());
		String laterShift = shift(leader, project, 48, 5);
		postAs(student, null, "/api/v1/shifts/{id}/signups", laterShift).andExpect(status().isConflict());
	}

	@Test
	void aWaitlistedStudentWhoBookedMeanwhileIsPassedOverWhenASeatFrees() throws Exception {
		World world = world();
		String project = project(world);
		String leader = token(world.teamLeader());
		String shift = shift(leader, project, 72, 1);
		Account booked = user(Role.STUDENT, world.college());
		Account next = user(Role.STUDENT, world.college());
		for (Account member : java.util.List.of(world.student(), booked, next)) {
			this.accounts.addMember(admin(), world.team().getId(), member.getId());
		}
		String confirmed = read(postAs(token(world.student()), null, "/api/v1/shifts/{id}/signups", shift)
			.andExpect(jsonPath("$.status").value("CONFIRMED")), "$.id");
		String first = read(postAs(token(booked), null, "/api/v1/shifts/{id}/signups", shift)
			.andExpect(jsonPath("$.status").value("WAITLISTED")), "$.id");
		String second = read(postAs(token(next), null, "/api/v1/shifts/{id}/signups", shift)
			.andExpect(jsonPath("$.status").value("WAITLISTED")), "$.id");
		// a waitlisted place holds no time yet: the first in the queue books an
		// appointment then
		Account tutor = user(Role.SERVICE_PROVIDER, world.university());
		String service = read(postAs(token(world.universityAdmin()), """
				{"organisationId":"%s","kind":"ACADEMIC","title":"答疑","location":"活动室"}
				""".formatted(world.university().getId()), "/api/v1/services").andExpect(status().isCreated()), "$.id");
		postAs(token(booked), null, "/api/v1/slots/{id}/bookings", slot(tutor, service, 73, 1))
			.andExpect(status().isCreated());

		deleteAs(token(world.student()), "/api/v1/signups/{id}", confirmed).andExpect(status().is2xxSuccessful());
		getAs(leader, "/api/v1/shifts/{id}/signups", shift)
			.andExpect(jsonPath("$.items[?(@.id == '%s')].status".formatted(confirmed)).value("CANCELLED"))
			.andExpect(jsonPath("$.items[?(@.id == '%s')].status".formatted(first)).value("WAITLISTED"))
			.andExpect(jsonPath("$.items[?(@.id == '%s')].status".formatted(second)).value("CONFIRMED"));
	}

	@Test
	void aStudentCancelsUntilTheCutOffAndThePlaceIsFreeAgain() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.EMPLOYMENT);
		String slot = slot(campus.tutor(), service, 5, 1);
		String booking = read(postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot), "$.id");
		this.clock.advance(Duration.ofHours(3).plusMinutes(1));
		deleteAs(token(campus.student()), "/api/v1/bookings/{id}", booking).andExpect(status().isConflict());
		this.clock.advance(Duration.ofMinutes(-2));
		deleteAs(token(campus.student()), "/api/v1/bookings/{id}", booking).andExpect(status().isNoContent());
		Account other = user(Role.STUDENT, campus.college());
		postAs(token(other), null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isCreated());
	}

	@Test
	void threeNoShowsInThirtyDaysBarTheKindForFourteenDays() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String career = service(campus, ServiceKind.EMPLOYMENT);
		for (int i = 0; i < 3; i++) {
			String slot = slot(campus.tutor(), service, 2, 1);
			String booking = read(postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot)
				.andExpect(status().isCreated()), "$.id");
			postAs(token(campus.tutor()), null, "/api/v1/bookings/{id}/no-show", booking)
				.andExpect(status().isConflict());
			this.clock.advance(Duration.ofHours(2).plusMinutes(10));
			postAs(token(campus.tutor()), null, "/api/v1/bookings/{id}/no-show", booking).andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("NO_SHOW"));
			this.clock.advance(Duration.ofDays(5));
		}
		String next = slot(campus.tutor(), service, 2, 1);
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", next).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("no-shows")));
		// another kind is still open
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot(campus.tutor(), career, 4, 1))
			.andExpect(status().isCreated());
		this.clock.advance(Duration.ofDays(8));
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot(campus.tutor(), service, 30, 1))
			.andExpect(status().isConflict());
		this.clock.advance(Duration.ofDays(5));
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot(campus.tutor(), service, 2, 1))
			.andExpect(status().isCreated());
	}

	@Test
	void bookingsCloseAtTheMinimumNotice() throws Exception {
		Campus campus = campus();
		String slot = slot(campus.tutor(), service(campus, ServiceKind.ACADEMIC), 1, 1);
		this.clock.advance(Duration.ofMinutes(31));
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Bookings for this slot have closed."));
	}

	@Test
	void aProvidersSlotsDoNotClashBuffersCountedAndRepeatWeekly() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		java.time.OffsetDateTime start = java.time.OffsetDateTime.now(this.clock).plusDays(1).withNano(0);
		String body = """
				{"startsAt":"%s","endsAt":"%s","capacity":1,"providerId":"%s","repeatWeeks":3,"bufferMinutes":15}
				""";
		postAs(token(campus.tutor()), body.formatted(start, start.plusHours(1), campus.tutor().getId()),
				"/api/v1/services/{id}/slots", service)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.series.length()").value(4));
		postAs(token(campus.tutor()),
				body.formatted(start.plusHours(1).plusMinutes(10), start.plusHours(2), campus.tutor().getId()),
				"/api/v1/services/{id}/slots", service)
			.andExpect(status().isConflict());
		postAs(token(campus.tutor()), body.formatted(start.plusHours(2), start.plusHours(1), campus.tutor().getId()),
				"/api/v1/services/{id}/slots", service)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endsAt"));
		getAs(token(campus.student()), "/api/v1/services/{id}/slots", service).andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(4));
	}

	@Test
	void tenancyKeepsOtherUniversitiesOut() throws Exception {
		Campus campus = campus();
		Campus elsewhere = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String slot = slot(campus.tutor(), service, 24, 3);
		postAs(token(elsewhere.student()), null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isNotFound());
		getAs(token(elsewhere.student()), "/api/v1/services/{id}", service).andExpect(status().isNotFound());
		postAs(token(elsewhere.admin()), """
				{"organisationId":"%s","kind":"ACADEMIC","title":"x","location":"y"}
				""".formatted(campus.university().getId()), "/api/v1/services").andExpect(status().isForbidden());
		// a provider of another university is no provider here
		java.time.OffsetDateTime start = java.time.OffsetDateTime.now(this.clock).plusDays(2).withNano(0);
		postAs(token(campus.admin()), """
				{"startsAt":"%s","endsAt":"%s","capacity":1,"providerId":"%s"}
				""".formatted(start, start.plusHours(1), elsewhere.tutor().getId()), "/api/v1/services/{id}/slots",
				service)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("providerId"));
		String booking = read(postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot), "$.id");
		getAs(token(elsewhere.admin()), "/api/v1/bookings/{id}", booking).andExpect(status().isNotFound());
		deleteAs(token(elsewhere.student()), "/api/v1/bookings/{id}", booking).andExpect(status().isNotFound());
		getAs(token(elsewhere.admin()), "/api/v1/onestop/figures?organisationId={id}", campus.university().getId())
			.andExpect(status().isForbidden());
	}

	@Test
	void aHallsServiceIsOpenToItsResidentsOnly() throws Exception {
		Campus campus = campus();
		String admin = token(campus.admin());
		String hall = read(
				postAs(admin, "{\"universityId\":\"%s\",\"name\":\"书院\"}".formatted(campus.university().getId()),
						"/api/v1/halls")
					.andExpect(status().isCreated()),
				"$.id");
		postAs(admin, "{\"studentId\":\"%s\"}".formatted(campus.student().getId()), "/api/v1/halls/{id}/residents",
				hall)
			.andExpect(status().isNoContent());
		String service = read(postAs(admin, """
				{"organisationId":"%s","kind":"ACADEMIC","title":"书院答疑","location":"活动室","hallId":"%s"}
				""".formatted(campus.university().getId(), hall), "/api/v1/services").andExpect(status().isCreated()),
				"$.id");
		String slot = slot(campus.tutor(), service, 24, 3);
		Account outsider = user(Role.STUDENT, campus.college());
		postAs(token(outsider), null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isNotFound());
		getAs(token(outsider), "/api/v1/services").andExpect(jsonPath("$.total").value(0));
		getAs(token(campus.student()), "/api/v1/services").andExpect(jsonPath("$.total").value(1));
		postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot).andExpect(status().isCreated());
	}

	@Test
	void remindersTheDayBeforeAndTheCalendarOfBothSides() throws Exception {
		Campus campus = campus();
		String service = service(campus, ServiceKind.ACADEMIC);
		String slot = slot(campus.tutor(), service, 30, 2);
		Long booking = Long.valueOf(read(postAs(token(campus.student()), null, "/api/v1/slots/{id}/bookings", slot)
			.andExpect(status().isCreated()), "$.id"));
		var student = this.accounts.actingAs(campus.student().getUsername());
		this.bookings.remindDue();
		assertThat(this.bookings.booking(student, booking).getRemindedAt()).isNull();
		this.clock.advance(Duration.ofHours(7));
		assertThat(this.bookings.remindDue()).isPositive();
		assertThat(this.bookings.booking(student, booking).getRemindedAt()).isEqualTo(this.clock.instant());
		this.bookings.remindDue();
		eventsHandled();
		assertThat(this.notifications.latest(this.accounts.actingAs(campus.student().getUsername())))
			.anyMatch(n -> n.getMessageKey().equals("onestop.notice.reminder"));
		getAs(token(campus.student()), "/api/v1/me/bookings.ics").andExpect(status().isOk())
			.andExpect(content().string(containsString("BEGIN:VEVENT")))
			.andExpect(content().string(containsString("UID:booking-")));
		getAs(token(campus.tutor()), "/api/v1/me/bookings.ics").andExpect(status().isOk())
			.andExpect(content().string(containsString("UID:slot-")))
			.andExpect(content().string(containsString("(1/2)")));
	}

}
