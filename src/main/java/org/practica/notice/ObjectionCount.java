package org.practica.notice;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many objections one client address raised in its current window. */
@Entity
@Table(name = "notice_objection_throttle")
class ObjectionCount {

	@Id
	private String address;

	@Column(nullable = false)
	private Instant windowStartedAt;

	@Column(nullable = false)
	private int objections;

	protected ObjectionCount() {
	}

	/**
	 * Counts one more objection, starting a new window when the last one is over; refused
	 * (false) at the maximum.
	 */
	boolean take(Instant now, int max, Duration window) {
		if (!now.isBefore(this.windowStartedAt.plus(window))) {
			this.windowStartedAt = now;
			this.objections = 0;
		}
		if (this.objections >= max) {
			return false;
		}
		this.objections++;
		return true;
	}

}
