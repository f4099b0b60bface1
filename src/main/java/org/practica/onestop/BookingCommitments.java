package org.practica.onestop;

import java.time.Instant;

import org.practica.support.Commitments;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's booked appointments as commitments: a sign-up to a shift at the same time
 * is refused.
 */
@Component
class BookingCommitments implements Commitments {

	private final BookingRepository bookings;

	BookingCommitments(BookingRepository bookings) {
		this.bookings = bookings;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean holds(Long accountId, Instant from, Instant to) {
		return !this.bookings.overlapping(accountId, from, to, Limit.of(1)).isEmpty();
	}

}
