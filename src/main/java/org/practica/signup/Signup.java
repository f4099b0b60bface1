package org.practica.signup;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A student's place on a shift: confirmed, waitlisted (in the order they came), or
 * cancelled. The shift's times are kept with it so a student's overlapping sign-ups are
 * found in one query.
 */
@Entity
public class Signup extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signup_seq")
	@SequenceGenerator(name = "signup_seq", sequenceName = "signup_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long shiftId;

	@Column(nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private Long studentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SignupStatus status;

	/** Its place in the shift's queue: 1 for the first sign-up. */
	private int queueNumber;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private Instant endsAt;

	@Column(nullable = false)
	private Instant signedUpAt;

	private Instant cancelledAt;

	private boolean confirmedBefore;

	protected Signup() {
	}

	Signup(Shift shift, Long studentId, SignupStatus status, int queueNumber, Instant now) {
		this.shiftId = shift.getId();
		this.projectId = shift.getProjectId();
		this.studentId = studentId;
		this.status = status;
		this.queueNumber = queueNumber;
		this.startsAt = shift.getStartsAt();
		this.endsAt = shift.getEndsAt();
		this.signedUpAt = now;
		this.confirmedBefore = status == SignupStatus.CONFIRMED;
	}

	/**
	 * The student gives up their place: a confirmed one not within the cut-off before the
	 * start; a place on the waitlist at any time.
	 */
	void cancelByStudent(Instant now, Duration cutoff) {
		cancel(now, cutoff);
	}

	/**
	 * The project's admins take the place back, at any time until the shift starts.
	 */
	void cancelByOrganiser(Instant now) {
		cancel(now, Duration.ZERO);
	}

	private void cancel(Instant now, Duration cutoff) {
		if (this.status == SignupStatus.CANCELLED) {
			throw Problem.conflict("signup.cancelled.already");
		}
		if (tooLateToCancel(now, cutoff)) {
			throw Problem.conflict("signup.cancel.too-late", cutoff.toHours());
		}
		this.confirmedBefore = this.status == SignupStatus.CONFIRMED;
		this.status = SignupStatus.CANCELLED;
		this.cancelledAt = now;
	}

	/**
	 * Whether the cut-off before the start, or the start itself, has passed for a
	 * confirmed place. A waitlisted student holds no seat that someone else could have
	 * had, so they may leave the waitlist at any time.
	 */
	boolean tooLateToCancel(Instant now, Duration cutoff) {
		return this.status == SignupStatus.CONFIRMED && now.isAfter(this.startsAt.minus(cutoff));
	}

	/** Takes the seat a confirmed sign-up gave up: the first waitlisted. */
	void promote() {
		this.status = SignupStatus.CONFIRMED;
		this.confirmedBefore = true;
	}

	boolean wasConfirmed() {
		return this.confirmedBefore;
	}

	public boolean isConfirmed() {
		return this.status == SignupStatus.CONFIRMED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getShiftId() {
		return this.shiftId;
	}

	public Long getProjectId() {
		return this.projectId;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public SignupStatus getStatus() {
		return this.status;
	}

	public int getQueueNumber() {
		return this.queueNumber;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public Instant getSignedUpAt() {
		return this.signedUpAt;
	}

}
