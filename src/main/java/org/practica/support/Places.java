package org.practica.support;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The race-safe place: how many places something offers (a shift's seats, a service
 * slot's places) and how many are held now, with the rules to take and give one back. The
 * counts live on the row of the thing that offers them and change only while that row is
 * locked ({@link PlaceLocks#lock}), so that no more places are ever held than there are,
 * under any concurrency. An owner maps {@code held} onto its own column with an
 * {@code @AttributeOverride}.
 */
@Embeddable
public class Places {

	@Column(name = "capacity", nullable = false)
	private int capacity;

	@Column(name = "held", nullable = false)
	private int held;

	protected Places() {
	}

	public Places(int capacity) {
		if (capacity < 1) {
			throw new IllegalArgumentException("A capacity of at least one place, not " + capacity);
		}
		this.capacity = capacity;
	}

	/**
	 * Takes a place if one is free; with the owner's row locked.
	 * @return whether a place was taken (false when all are held)
	 */
	public boolean take() {
		if (!hasFree()) {
			return false;
		}
		this.held++;
		return true;
	}

	/** A held place is given back; with the owner's row locked. */
	public void release() {
		if (this.held == 0) {
			throw new IllegalStateException("No place is held");
		}
		this.held--;
	}

	public boolean hasFree() {
		return this.held < this.capacity;
	}

	/** The places still free. */
	public int left() {
		return Math.max(0, this.capacity - this.held);
	}

	/** Whether it offers one place only (a one-to-one appointment). */
	public boolean isSingle() {
		return this.capacity == 1;
	}

	public int capacity() {
		return this.capacity;
	}

	public int held() {
		return this.held;
	}

}
