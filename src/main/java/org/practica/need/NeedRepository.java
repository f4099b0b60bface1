package org.practica.need;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface NeedRepository extends ListCrudRepository<Need, Long>, JpaSpecificationExecutor<Need> {

	@Query("select n from Need n where n.updatedAt >= :since and n.id > :afterId order by n.id")
	List<Need> findChangedSince(@Param("since") Instant since, @Param("afterId") long afterId, Limit limit);

}
