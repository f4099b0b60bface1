package org.practica.certificate;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A university's choice how its certificates are issued: at once from verified hours (the
 * default, when it has none), or only after its admins reviewed each.
 */
@Entity
class CertificatePolicy {

	@Id
	private Long universityId;

	private boolean reviewRequired;

	private String changedBy;

	private Instant changedAt;

	protected CertificatePolicy() {
	}

	CertificatePolicy(Long universityId) {
		this.universityId = universityId;
	}

	void choose(boolean reviewRequired, String by, Instant now) {
		this.reviewRequired = reviewRequired;
		this.changedBy = by;
		this.changedAt = now;
	}

	boolean isReviewRequired() {
		return this.reviewRequired;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	String getChangedBy() {
		return this.changedBy;
	}

}
