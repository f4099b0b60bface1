package org.practica.certificate;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A college's or university's certificates for a period, issued in one action: every
 * student with verified hours in the period gets one (or a place in the review queue);
 * the row shows how far it has got.
 */
@Entity
public class CertificateBatch {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_batch_seq")
	@SequenceGenerator(name = "certificate_batch_seq", sequenceName = "certificate_batch_seq", allocationSize = 50)
	private Long id;

	private Long organisationId;

	private String organisationPath;

	private LocalDate periodFrom;

	private LocalDate periodTo;

	@Enumerated(EnumType.STRING)
	private Status status = Status.RUNNING;

	@Column(name = "student_count")
	private int students;

	@Column(name = "done_count")
	private int done;

	@Column(name = "issued_count")
	private int issued;

	@Column(name = "queued_count")
	private int queued;

	@Column(name = "failed_count")
	private int failed;

	private String requestedBy;

	private Instant requestedAt;

	private Instant finishedAt;

	/**
	 * When the batch last moved on; a running batch that stops beating is taken up again.
	 */
	private Instant heartbeatAt;

	/** The run that works the batch; only it writes the batch's progress. */
	private String runner;

	@Version
	private Long version;

	protected CertificateBatch() {
	}

	CertificateBatch(Long organisationId, String organisationPath, LocalDate from, LocalDate to, String by,
			Instant now) {
		this.organisationId = organisationId;
		this.organisationPath = organisationPath;
		this.periodFrom = from;
		this.periodTo = to;
		this.requestedBy = by;
		this.requestedAt = now;
		this.heartbeatAt = now;
	}

	void beat(Instant now) {
		this.heartbeatAt = now;
	}

	void found(int students) {
		this.students = students;
	}

	/**
	 * Taken up (again, after its run stopped): the students already issued or queued in
	 * it count as done, and those that failed are tried again.
	 */
	void resumed(int issued, int queued) {
		this.issued = issued;
		this.queued = queued;
		this.failed = 0;
		this.done = issued + queued;
	}

	/** One student done: a certificate issued, one queued for review, or a failure. */
	void counted(Outcome outcome) {
		this.done++;
		switch (outcome) {
			case ISSUED -> this.issued++;
			case QUEUED -> this.queued++;
			case FAILED -> this.failed++;
		}
	}

	void finish(Instant now, boolean broken) {
		this.status = broken ? Status.FAILED : Status.DONE;
		this.finishedAt = now;
	}

	/** How far it has got, in percent. */
	public int getPercent() {
		if (this.status != Status.RUNNING) {
			return 100;
		}
		return this.students == 0 ? 0 : (int) (100L * this.done / this.students);
	}

	public boolean isRunning() {
		return this.status == Status.RUNNING;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getOrganisationPath() {
		return this.organisationPath;
	}

	public LocalDate getPeriodFrom() {
		return this.periodFrom;
	}

	public LocalDate getPeriodTo() {
		return this.periodTo;
	}

	public Status getStatus() {
		return this.status;
	}

	public int getStudents() {
		return this.students;
	}

	public int getDone() {
		return this.done;
	}

	public int getIssued() {
		return this.issued;
	}

	public int getQueued() {
		return this.queued;
	}

	public int getFailed() {
		return this.failed;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public Instant getHeartbeatAt() {
		return this.heartbeatAt;
	}

	String getRunner() {
		return this.runner;
	}

	/** Where a batch stands. */
	public enum Status {

		RUNNING, DONE, FAILED

	}

	/** What became of one student's certificate. */
	enum Outcome {

		ISSUED, QUEUED, FAILED

	}

}
