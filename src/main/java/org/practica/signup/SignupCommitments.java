package org.practica.signup;

import java.time.Instant;

import org.practica.support.Commitments;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A student's confirmed shifts as commitments: a booking at the same time elsewhere (a
 * one-stop appointment) is refused. A waitlisted place holds no time yet.
 */
@Component
class SignupCommitments implements Commitments {

	private final SignupRepository signups;

	SignupCommitments(SignupRepository signups) {
		this.signups = signups;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean holds(Long accountId, Instant from, Instant to) {
		return !this.signups.confirmedOverlapping(accountId, from, to, Limit.of(1)).isEmpty();
	}

}
