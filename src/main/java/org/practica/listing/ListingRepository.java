package org.practica.listing;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.query.Param;

/**
 * The queries every kind of listing answers; each kind's repository extends it.
 */
@NoRepositoryBean
public interface ListingRepository<T extends Listing> extends ListCrudRepository<T, Long>, JpaSpecificationExecutor<T> {

	@Query("select l from #{#entityName} l where l.updatedAt >= :since and l.id > :afterId order by l.id")
	List<T> findChangedSince(@Param("since") Instant since, @Param("afterId") long afterId, Limit limit);

}
