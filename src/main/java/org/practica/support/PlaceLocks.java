package org.practica.support;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a place ({@link Places}) is taken race-safely, the same for a shift's seats and a
 * service slot's places: first the row of the thing that offers the places is locked
 * (several of them in id order, so two takers never wait on each other), then the
 * person's account, then every module's commitments are asked whether the person is
 * already held at that time. Each step is one statement; the locks hold until the
 * surrounding transaction ends.
 */
@Component
public class PlaceLocks {

	private final EntityManager entityManager;

	private final PersonLock persons;

	private final List<Commitments> commitments;

	PlaceLocks(EntityManager entityManager, PersonLock persons, List<Commitments> commitments) {
		this.entityManager = entityManager;
		this.persons = persons;
		this.commitments = List.copyOf(commitments);
	}

	/**
	 * Locks the row of the thing that offers places (select … for update) and reads it.
	 * @param type its entity
	 * @param id its id
	 * @return it, locked, or empty when there is none
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> Optional<T> lock(Class<T> type, Long id) {
		return Optional.ofNullable(this.entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE));
	}

	/**
	 * Locks the rows of many, in id order, so that two transactions locking overlapping
	 * sets never deadlock.
	 * @return those that exist, by id, in id order
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public <T> Map<Long, T> lockAll(Class<T> type, Collection<Long> ids) {
		Map<Long, T> locked = new LinkedHashMap<>();
		ids.stream().distinct().sorted().forEach(id -> lock(type, id).ifPresent(found -> locked.put(id, found)));
		return locked;
	}

	/**
	 * Locks the person who takes a place, after the place's row: what the person holds
	 * elsewhere can then be checked without another of their bookings passing the same
	 * check at once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockPerson(Long accountId) {
		this.persons.lock(accountId);
	}

	/**
	 * Whether another module's commitment holds the person at any moment of
	 * {@code [from, to)}: every implementation but the asking module's own, which it
	 * checks itself with its own rules. Ask with the person locked.
	 * @param own the asking module's own commitments
	 */
	public boolean heldElsewhere(Class<? extends Commitments> own, Long accountId, Instant from, Instant to) {
		for (Commitments other : this.commitments) {
			if (!own.isInstance(other) && other.holds(accountId, from, to)) {
				return true;
			}
		}
		return false;
	}

}
