package org.practica.certificate;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.practica.support.Problem;

/**
 * A certificate asked for where the university reviews certificates first: it waits in
 * the university's queue until one of its admins issues it or refuses it with a reason.
 */
@Entity
public class CertificateReview {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_review_seq")
	@SequenceGenerator(name = "certificate_review_seq", sequenceName = "certificate_review_seq", allocationSize = 50)
	private Long id;

	private Long studentId;

	private String studentPath;

	private String universityPath;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	private Long batchId;

	@Enumerated(EnumType.STRING)
	private Status status = Status.PENDING;

	private String requestedBy;

	private Instant requestedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String refusal;

	private Long certificateId;

	@Version
	private Long version;

	protected CertificateReview() {
	}

	CertificateReview(Long studentId, String studentPath, String universityPath, LocalDate from, LocalDate to,
			Long batchId, String by, Instant now) {
		this.studentId = studentId;
		this.studentPath = studentPath;
		this.universityPath = universityPath;
		this.periodFrom = from;
		this.periodTo = to;
		this.batchId = batchId;
		this.requestedBy = by;
		this.requestedAt = now;
	}

	void issued(Long certificateId, String by, Instant now) {
		requirePending();
		this.status = Status.ISSUED;
		this.certificateId = certificateId;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	void refuse(String reason, String by, Instant now) {
		requirePending();
		this.status = Status.REFUSED;
		this.refusal = reason;
		this.decidedBy = by;
		this.decidedAt = now;
	}

	private void requirePending() {
		if (this.status != Status.PENDING) {
			throw Problem.conflict("certificate.review.decided");
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public String getStudentPath() {
		return this.studentPath;
	}

	public String getUniversityPath() {
		return this.universityPath;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public Long getBatchId() {
		return this.batchId;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getRefusal() {
		return this.refusal;
	}

	public Long getCertificateId() {
		return this.certificateId;
	}

	/** Where a review stands. */
	public enum Status {

		PENDING, ISSUED, REFUSED

	}

}
