package org.practica.certificate;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CertificateBatchRepository extends ListCrudRepository<CertificateBatch, Long> {

	@Query("select b from CertificateBatch b where b.organisationPath like concat(:path, '%') "
			+ "order by b.requestedAt desc, b.id desc")
	List<CertificateBatch> findInSubtree(@Param("path") String path, Limit limit);

}
