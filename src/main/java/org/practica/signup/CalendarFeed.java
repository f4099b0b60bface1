package org.practica.signup;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A student's calendar feed, known by the SHA-256 of the secret its address carries: a
 * calendar app cannot sign in, so whoever holds the address reads the feed. A new secret
 * replaces the old one.
 */
@Entity
class CalendarFeed {

	@Id
	private Long studentId;

	@Column(nullable = false)
	private String secretHash;

	@Column(nullable = false)
	private Instant createdAt;

	protected CalendarFeed() {
	}

	CalendarFeed(Long studentId, String secretHash, Instant createdAt) {
		this.studentId = studentId;
		this.secretHash = secretHash;
		this.createdAt = createdAt;
	}

	/** A new secret: the old address stops working. */
	void renew(String secretHash, Instant now) {
		this.secretHash = secretHash;
		this.createdAt = now;
	}

	Long getStudentId() {
		return this.studentId;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

}
