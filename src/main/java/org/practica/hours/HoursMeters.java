package org.practica.hours;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.practica.support.Meters;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The hours figures on {@code /actuator/prometheus}: entries verified
 * ({@code practica_hours_verifications_total}) and disputed, each counted once its
 * transaction has committed.
 */
@Component
class HoursMeters {

	private final Counter verified;

	private final Counter disputed;

	HoursMeters(MeterRegistry registry) {
		this.verified = Counter.builder(Meters.PREFIX + "hours.verifications")
			.description("Hours entries verified (their hours count from then on)")
			.register(registry);
		this.disputed = Counter.builder(Meters.PREFIX + "hours.disputes")
			.description("Hours entries disputed by the community")
			.register(registry);
	}

	@EventListener
	void on(HoursEntryVerified event) {
		Meters.countAfterCommit(this.verified);
	}

	@EventListener
	void on(HoursEntryDisputed event) {
		Meters.countAfterCommit(this.disputed);
	}

}
