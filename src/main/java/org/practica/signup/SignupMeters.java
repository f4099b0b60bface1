package org.practica.signup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.practica.support.Meters;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The sign-up figures on {@code /actuator/prometheus}: sign-ups by outcome
 * ({@code practica_signups_total{outcome="confirmed|waitlisted|assigned"}}) and places
 * passed on from the waitlist ({@code practica_waitlist_promotions_total}), each counted
 * once its transaction has committed.
 */
@Component
class SignupMeters {

	private final Counter confirmed;

	private final Counter waitlisted;

	private final Counter assigned;

	private final Counter promoted;

	SignupMeters(MeterRegistry registry) {
		this.confirmed = signups(registry, "confirmed");
		this.waitlisted = signups(registry, "waitlisted");
		this.assigned = signups(registry, "assigned");
		this.promoted = Counter.builder(Meters.PREFIX + "waitlist.promotions")
			.description("Waitlisted sign-ups given a freed seat")
			.register(registry);
	}

	private static Counter signups(MeterRegistry registry, String outcome) {
		return Counter.builder(Meters.PREFIX + "signups")
			.description("Sign-ups taken, by outcome (assigned: by a matching round)")
			.tag("outcome", outcome)
			.register(registry);
	}

	@EventListener
	void on(SignupConfirmed event) {
		Meters.countAfterCommit(this.confirmed);
	}

	@EventListener
	void on(SignupWaitlisted event) {
		Meters.countAfterCommit(this.waitlisted);
	}

	@EventListener
	void on(SignupAssignedByRound event) {
		Meters.countAfterCommit(this.assigned);
	}

	@EventListener
	void on(WaitlistedSignupPromoted event) {
		Meters.countAfterCommit(this.promoted);
	}

}
