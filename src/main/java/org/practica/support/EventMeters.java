package org.practica.support;

import java.util.Locale;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.stereotype.Component;

/**
 * {@code practica_events_incomplete{status=…}}: deliveries of events to listeners that
 * have not completed yet (published and waiting, processing, failed, resubmitted), read
 * from the event publication registry when the metrics are read. A figure that keeps
 * growing means a listener keeps failing (see {@link EventRedelivery}).
 */
@Component
class EventMeters {

	private static final Logger log = LoggerFactory.getLogger(EventMeters.class);

	EventMeters(EventPublicationRepository publications, MeterRegistry registry) {
		for (EventPublication.Status status : EventPublication.Status.values()) {
			if (status == EventPublication.Status.COMPLETED) {
				continue;
			}
			Gauge.builder(Meters.PREFIX + "events.incomplete", publications, p -> count(p, status))
				.description("Event deliveries not completed yet, by status")
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.register(registry);
		}
	}

	private static double count(EventPublicationRepository publications, EventPublication.Status status) {
		try {
			return publications.countByStatus(status);
		}
		catch (RuntimeException ex) {
			// the database is away: no figure rather than a failed scrape
			log.debug("Could not count the event publications {}: {}", status, ex.toString());
			return Double.NaN;
		}
	}

}
