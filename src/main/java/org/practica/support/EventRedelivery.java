package org.practica.support;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events whose listener failed, once the fault has cleared: at
 * start-up and then every {@code practica.events.resubmit-every}.
 * <p>
 * Modules react to one another after the commit ({@code @ApplicationModuleListener}),
 * each event recorded for each listener in the event publication registry
 * ({@code event_publication}) in the transaction that published it. A listener that
 * throws leaves its publication FAILED; one that an instance never finished (it stopped
 * mid-way) is marked FAILED once it is older than the staleness set in
 * {@code spring.modulith.events.staleness}. Resubmission claims each failed publication
 * with one conditional update before it runs the listener, so with two instances doing
 * this at once each publication is delivered by one of them only.
 */
@Component
public class EventRedelivery {

	private static final Logger log = LoggerFactory.getLogger(EventRedelivery.class);

	private static final int BATCH = 100;

	private final FailedEventPublications failed;

	EventRedelivery(FailedEventPublications failed) {
		this.failed = failed;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		resubmit();
	}

	/** Runs the listeners of failed publications again, a batch at a time. */
	@Scheduled(fixedDelayString = "${practica.events.resubmit-every}",
			initialDelayString = "${practica.events.resubmit-every}")
	public void resubmit() {
		try {
			this.failed.resubmit(ResubmissionOptions.defaults().withBatchSize(BATCH).withMinAge(Duration.ZERO));
		}
		catch (RuntimeException ex) {
			// the database may be away for a moment; the next run tries again
			log.warn("Could not resubmit failed event publications: {}", ex.toString());
		}
	}

}
