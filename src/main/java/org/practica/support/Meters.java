package org.practica.support;

import io.micrometer.core.instrument.Counter;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counting what happened, once it has: the modules' own figures (sign-ups, promotions,
 * verifications) count an event when its transaction commits, so a rolled-back change
 * counts nothing. In the publishing thread, without a delivery recorded in the event
 * publication registry: a figure is not worth a database write per sign-up.
 */
public final class Meters {

	/** The prefix of every meter of the application's own. */
	public static final String PREFIX = "practica.";

	private Meters() {
	}

	/**
	 * Adds one to the counter when the current transaction commits (at once outside one).
	 */
	public static void countAfterCommit(Counter counter) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			counter.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				counter.increment();
			}
		});
	}

}
