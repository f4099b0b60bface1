package org.practica.offer;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface OfferRepository extends ListCrudRepository<Offer, Long>, JpaSpecificationExecutor<Offer> {

	@Query("select o from Offer o where o.updatedAt >= :since and o.id > :afterId order by o.id")
	List<Offer> findChangedSince(@Param("since") Instant since, @Param("afterId") long afterId, Limit limit);

}
