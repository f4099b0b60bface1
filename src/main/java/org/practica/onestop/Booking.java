package org.practica.onestop;

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
import jakarta.persistence.Table;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A student's place on a slot (an appointment, 预约): booked, cancelled, or a no-show the
 * provider recorded.
 */
@Entity
@Table(name = "onestop_booking")
public class Booking extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_booking_seq")
	@SequenceGenerator(name = "onestop_booking_seq", sequenceName = "onestop_booking_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long slotId;

	@Column(nullable = false)
	private Long serviceId;

	@Column(nullable = false)
	private Long studentId;

	@Column(nullable = false)
	private Long providerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ServiceKind kind;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private Instant endsAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BookingStatus status;

	@Column(nullable = false)
	private Instant bookedAt;

	private Instant cancelledAt;

	private Instant noShowAt;

	private Instant remindedAt;

	protected Booking() {
	}

	Booking(Slot slot, Long studentId, Instant now) {
		this.slotId = slot.getId();
		this.serviceId = slot.getServiceId();
		this.providerId = slot.getProviderId();
		this.kind = slot.getKind();
		this.startsAt = slot.getStartsAt();
		this.endsAt = slot.getEndsAt();
		this.studentId = studentId;
		this.status = BookingStatus.BOOKED;
		this.bookedAt = now;
	}

	/** The student cancels: not within the cut-off before the start. */
	void cancelByStudent(Instant now, Duration cutoff) {
		if (tooLateToCancel(now, cutoff)) {
			throw Problem.conflict("onestop.booking.cancel-too-late");
		}
		cancel(now);
	}

	/** The provider cancels, at any time before the start. */
	void cancelByProvider(Instant now) {
		if (!now.isBefore(this.startsAt)) {
			throw Problem.conflict("onestop.booking.started");
		}
		cancel(now);
	}

	private void cancel(Instant now) {
		if (this.status != BookingStatus.BOOKED) {
			throw Problem.conflict("onestop.booking.not-booked");
		}
		this.status = BookingStatus.CANCELLED;
		this.cancelledAt = now;
	}

	/** The provider records that the student did not come: only once it has started. */
	void noShow(Instant now) {
		if (this.status != BookingStatus.BOOKED) {
			throw Problem.conflict("onestop.booking.not-booked");
		}
		if (now.isBefore(this.startsAt)) {
			throw Problem.conflict("onestop.booking.not-started");
		}
		this.status = BookingStatus.NO_SHOW;
		this.noShowAt = now;
	}

	public boolean tooLateToCancel(Instant now, Duration cutoff) {
		return !now.isBefore(this.startsAt.minus(cutoff));
	}

	public boolean isBooked() {
		return this.status == BookingStatus.BOOKED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getSlotId() {
		return this.slotId;
	}

	public Long getServiceId() {
		return this.serviceId;
	}

	public Long getStudentId() {
		return this.studentId;
	}

	public Long getProviderId() {
		return this.providerId;
	}

	public ServiceKind getKind() {
		return this.kind;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	public BookingStatus getStatus() {
		return this.status;
	}

	public Instant getBookedAt() {
		return this.bookedAt;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	public Instant getNoShowAt() {
		return this.noShowAt;
	}

	public Instant getRemindedAt() {
		return this.remindedAt;
	}

}
