package org.practica.onestop;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface BookingRepository extends ListCrudRepository<Booking, Long> {

	/** The slots of the student's booked places that share a moment with the span. */
	@Query("""
			select b.slotId from Booking b
			where b.studentId = :studentId and b.status = org.practica.onestop.BookingStatus.BOOKED
			  and b.startsAt < :endsAt and b.endsAt > :startsAt
			""")
	List<Long> overlapping(@Param("studentId") Long studentId, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt, Limit limit);

	/**
	 * When the student's no-shows of the kind since the instant were recorded, oldest
	 * first.
	 */
	@Query("""
			select b.noShowAt from Booking b
			where b.studentId = :studentId and b.kind = :kind and b.status = org.practica.onestop.BookingStatus.NO_SHOW
			  and b.noShowAt >= :since
			order by b.noShowAt
			""")
	List<Instant> noShowsSince(@Param("studentId") Long studentId, @Param("kind") ServiceKind kind,
			@Param("since") Instant since);

	@Query("select b from Booking b where b.studentId = :studentId order by b.startsAt desc, b.id desc")
	List<Booking> ofStudent(@Param("studentId") Long studentId, Limit limit);

	/** The student's bookings still held that end after the instant, soonest first. */
	@Query("""
			select b from Booking b where b.studentId = :studentId and b.status = :status and b.endsAt > :from
			order by b.startsAt, b.id
			""")
	List<Booking> heldEndingAfter(@Param("studentId") Long studentId, @Param("status") BookingStatus status,
			@Param("from") Instant from, Limit limit);

	@Query("""
			select b from Booking b where b.providerId = :providerId and b.startsAt >= :from and b.startsAt < :to
			order by b.startsAt, b.id
			""")
	List<Booking> ofProviderBetween(@Param("providerId") Long providerId, @Param("from") Instant from,
			@Param("to") Instant to);

	List<Booking> findBySlotIdOrderById(Long slotId);

	@Query("""
			select distinct b.studentId from Booking b
			where b.serviceId = :serviceId and b.status = org.practica.onestop.BookingStatus.BOOKED
			  and b.startsAt > :from
			""")
	List<Long> studentsBookedAfter(@Param("serviceId") Long serviceId, @Param("from") Instant from);

	@Query("""
			select b from Booking b where b.status = org.practica.onestop.BookingStatus.BOOKED and b.remindedAt is null
			  and b.startsAt >= :from and b.startsAt < :to
			""")
	List<Booking> dueForReminder(@Param("from") Instant from, @Param("to") Instant to);

	/** Claims a reminder once, however many instances look at the same time. */
	@Modifying
	@Query("update Booking b set b.remindedAt = :now where b.id = :id and b.remindedAt is null")
	int claimReminder(@Param("id") Long id, @Param("now") Instant now);

	/**
	 * Bookings (not cancelled) per service and kind, of these services, starting in a
	 * span.
	 */
	@Query("""
			select b.serviceId, count(b) from Booking b
			where b.serviceId in :serviceIds and b.status <> org.practica.onestop.BookingStatus.CANCELLED
			  and b.startsAt >= :from and b.startsAt < :to
			group by b.serviceId
			""")
	List<Object[]> countByService(@Param("serviceIds") Collection<Long> serviceIds, @Param("from") Instant from,
			@Param("to") Instant to);

	@Query("""
			select b.serviceId, count(b) from Booking b
			where b.serviceId in :serviceIds and b.status = org.practica.onestop.BookingStatus.NO_SHOW
			  and b.startsAt >= :from and b.startsAt < :to
			group by b.serviceId
			""")
	List<Object[]> noShowsByService(@Param("serviceIds") Collection<Long> serviceIds, @Param("from") Instant from,
			@Param("to") Instant to);

}
