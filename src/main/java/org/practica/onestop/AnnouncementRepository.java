package org.practica.onestop;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AnnouncementRepository extends ListCrudRepository<Announcement, Long> {

	@Query("""
			select a from Announcement a where :path like concat(a.organisationPath, '%')
			  and (a.hallId is null or a.hallId = :hallId)
			order by a.postedAt desc, a.id desc
			""")
	List<Announcement> forStudent(@Param("path") String collegePath, @Param("hallId") Long hallId, Limit limit);

	@Query("""
			select a from Announcement a where a.organisationPath like concat(:path, '%')
			order by a.postedAt desc, a.id desc
			""")
	List<Announcement> within(@Param("path") String path, Limit limit);

}
