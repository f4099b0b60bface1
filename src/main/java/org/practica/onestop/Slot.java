package org.practica.onestop;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.practica.support.AuditedEntity;
import org.practica.support.Places;
import org.practica.support.Problem;

/**
 * A bookable time of a service with one provider: one-to-one (capacity 1) or a group
 * session. Its places are the race-safe place a shift's seats are too ({@link Places},
 * the bookings held), changed only while its row is locked
 * ({@link org.practica.support.PlaceLocks}), so that it never takes more than its
 * capacity.
 */
@Entity
@Table(name = "onestop_slot")
public class Slot extends AuditedEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "onestop_slot_seq")
	@SequenceGenerator(name = "onestop_slot_seq", sequenceName = "onestop_slot_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long serviceId;

	@Column(nullable = false)
	private Long providerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ServiceKind kind;

	@Column(nullable = false)
	private Instant startsAt;

	@Column(nullable = false)
	private Instant endsAt;

	/** Its places: the capacity and the bookings holding one. */
	@Embedded
	@AttributeOverride(name = "held", column = @Column(name = "booked", nullable = false))
	private Places places;

	/** The provider's free minutes kept before and after it. */
	private int bufferMinutes;

	/** How long before the start bookings close. */
	private int noticeMinutes;

	/** The first slot of its weekly series, if it repeats. */
	private Long seriesId;

	protected Slot() {
	}

	Slot(CommunityService service, Long providerId, Instant startsAt, Instant endsAt, int capacity, int bufferMinutes,
			int noticeMinutes, Long seriesId) {
		this.serviceId = service.getId();
		this.kind = service.getKind();
		this.providerId = providerId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.places = new Places(capacity);
		this.bufferMinutes = bufferMinutes;
		this.noticeMinutes = noticeMinutes;
		this.seriesId = seriesId;
	}

	/**
	 * Takes a booking: refused once bookings have closed (the minimum notice before the
	 * start) and when every place is taken.
	 */
	Booking book(Long studentId, Instant now) {
		if (!now.isBefore(this.startsAt.minus(Duration.ofMinutes(this.noticeMinutes)))) {
			throw Problem.conflict("onestop.booking.closed");
		}
		if (!this.places.take()) {
			throw Problem.conflict("onestop.booking.full");
		}
		return new Booking(this, studentId, now);
	}

	/** A booking was cancelled: its place is free again. */
	void released() {
		this.places.release();
	}

	public boolean hasFreePlace() {
		return this.places.hasFree();
	}

	public int placesLeft() {
		return this.places.left();
	}

	public boolean isOneToOne() {
		return this.places.isSingle();
	}

	/** Whether the two share any moment, the provider's buffers around both counted. */
	boolean clashesWith(Instant start, Instant end, int otherBufferMinutes) {
		Duration gap = Duration.ofMinutes(Math.max(this.bufferMinutes, otherBufferMinutes));
		return this.startsAt.isBefore(end.plus(gap)) && start.isBefore(this.endsAt.plus(gap));
	}

	/** Whether a student could book it now. */
	public boolean isOpenAt(Instant now) {
		return hasFreePlace() && now.isBefore(this.startsAt.minus(Duration.ofMinutes(this.noticeMinutes)));
	}

	public Long getId() {
		return this.id;
	}

	public Long getServiceId() {
		return this.serviceId;
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

	public int getCapacity() {
		return this.places.capacity();
	}

	public int getBooked() {
		return this.places.held();
	}

	public int getBufferMinutes() {
		return this.bufferMinutes;
	}

	public int getNoticeMinutes() {
		return this.noticeMinutes;
	}

	public Long getSeriesId() {
		return this.seriesId;
	}

}
