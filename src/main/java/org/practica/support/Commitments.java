package org.practica.support;

import java.time.Instant;

/**
 * What already holds a person's time: a confirmed shift, a booked appointment. Each
 * module that books people implements it for its own bookings, and before it books
 * someone it asks every other implementation too ({@link PlaceLocks#heldElsewhere}), with
 * the person's account locked ({@link PlaceLocks#lockPerson}) so that two bookings made
 * at once cannot both pass the check.
 */
public interface Commitments {

	/**
	 * Whether the person holds a commitment of this kind that overlaps
	 * {@code [from, to)}.
	 */
	boolean holds(Long accountId, Instant from, Instant to);

}
