package org.practica.attendance;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A student's presence at a shift: checked in, then checked out. One a student per shift.
 */
@Entity
public class Attendance extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_seq")
	@SequenceGenerator(name = "attendance_seq", sequenceName = "attendance_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long shiftId;

	@Column(nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private Long studentId;

	@Column(nullable = false)
	private Instant checkedInAt;

	private Instant checkedOutAt;

	private Long hoursEntryId;

	protected Attendance() {
	}

	Attendance(Long shiftId, Long projectId, Long studentId, Instant now) {
		this.shiftId = shiftId;
		this.projectId = projectId;
		this.studentId = studentId;
		this.checkedInAt = now;
	}

	void checkOut(Instant now) {
		if (this.checkedOutAt != null) {
			throw Problem.conflict("attendance.checked-out.already");
		}
		this.checkedOutAt = now;
	}

	void credited(Long hoursEntryId) {
		this.hoursEntryId = hoursEntryId;
	}

	/** How much of the shift's time the attendance covered. */
	Duration overlap(Instant shiftStart, Instant shiftEnd) {
		return overlapIfLeavingAt(this.checkedOutAt, shiftStart, shiftEnd);
	}

	/**
	 * How much of the shift's time the attendance would cover if the student checked out
	 * at the given time: what a check-out then would credit.
	 */
	Duration overlapIfLeavingAt(Instant leaving, Instant shiftStart, Instant shiftEnd) {
		Instant from = this.checkedInAt.isAfter(shiftStart) ? this.checkedInAt : shiftStart;
		Instant to = leaving.isBefore(shiftEnd) ? leaving : shiftEnd;
		return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
	}

	public boolean isOpen() {
		return this.checkedOutAt == null;
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

	public Instant getCheckedInAt() {
		return this.checkedInAt;
	}

	public Instant getCheckedOutAt() {
		return this.checkedOutAt;
	}

	public Long getHoursEntryId() {
		return this.hoursEntryId;
	}

}
