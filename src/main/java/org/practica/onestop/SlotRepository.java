package org.practica.onestop;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface SlotRepository extends ListCrudRepository<Slot, Long> {

	@Query("""
			select s from Slot s where s.serviceId in :serviceIds and s.startsAt >= :from and s.startsAt < :to
			order by s.startsAt, s.id
			""")
	List<Slot> ofServicesBetween(@Param("serviceIds") Collection<Long> serviceIds, @Param("from") Instant from,
			@Param("to") Instant to);

	@Query("""
			select s from Slot s where s.providerId = :providerId and s.startsAt < :to and s.endsAt > :from
			order by s.startsAt, s.id
			""")
	List<Slot> ofProviderBetween(@Param("providerId") Long providerId, @Param("from") Instant from,
			@Param("to") Instant to);

}
