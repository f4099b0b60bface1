package org.practica.onestop;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.support.Problem;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty students book at once: a one-to-one slot takes exactly one, a 20-place session
 * exactly twenty; everyone else is refused with 409 and the slot's count matches its
 * rows.
 */
class BookingConcurrencyTests extends OnestopTestSupport {

	private static final int STUDENTS = 50;

	@Autowired
	private Bookings bookings;

	@Test
	void fiftyStudentsBookingOneOneToOneSlotAtOnceGetExactlyOne() throws Exception {
		race(1);
	}

	@Test
	void fiftyStudentsBookingATwentyPlaceSessionAtOnceGetExactlyTwenty() throws Exception {
		race(20);
	}

	private void race(int capacity) throws Exception {
		Campus campus = campus();
		String slot = slot(campus.tutor(), service(campus, ServiceKind.ACADEMIC), 48, capacity);
		Long slotId = Long.valueOf(slot);
		List<CurrentUser> students = new ArrayList<>();
		for (int i = 0; i < STUDENTS; i++) {
			students.add(this.accounts.actingAs(user(Role.STUDENT, campus.college()).getUsername()));
		}
		ExecutorService pool = Executors.newFixedThreadPool(STUDENTS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (CurrentUser student : students) {
			results.add(pool.submit(() -> {
				start.await();
				try {
					this.bookings.book(student, slotId);
					return true;
				}
				catch (Problem refused) {
					assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
					assertThat(refused.messageKey()).isEqualTo("onestop.booking.full");
					return false;
				}
			}));
		}
		start.countDown();
		int booked = 0;
		for (Future<Boolean> result : results) {
			booked += result.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(booked).isEqualTo(capacity);
		CurrentUser provider = this.accounts.actingAs(campus.tutor().getUsername());
		List<Booking> rows = this.bookings.onSlot(provider, slotId);
		assertThat(rows).hasSize(capacity).allMatch(Booking::isBooked);
		assertThat(rows).extracting(Booking::getStudentId).doesNotHaveDuplicates();
		assertThat(this.bookings.findSlot(slotId).orElseThrow().getBooked()).isEqualTo(capacity);
	}

}
