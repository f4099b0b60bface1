package org.practica.certificate;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CertificateBatchRepository extends ListCrudRepository<CertificateBatch, Long> {

	@Query("select b from CertificateBatch b where b.organisationPath like concat(:path, '%') "
			+ "order by b.requestedAt desc, b.id desc")
	List<CertificateBatch> findInSubtree(@Param("path") String path, Limit limit);

	/** Running batches that have not moved on since the instant. */
	@Query("select b.id from CertificateBatch b where b.status = org.practica.certificate.CertificateBatch.Status.RUNNING "
			+ "and b.heartbeatAt < :before order by b.id")
	List<Long> findStalled(@Param("before") Instant before);

	/**
	 * Claims a stalled batch for this instance, once however many instances look at the
	 * same time: 1 when claimed.
	 */
	@Modifying
	@Query("update CertificateBatch b set b.heartbeatAt = :now, b.version = b.version + 1 where b.id = :id "
			+ "and b.status = org.practica.certificate.CertificateBatch.Status.RUNNING and b.heartbeatAt < :before")
	int claimStalled(@Param("id") Long id, @Param("before") Instant before, @Param("now") Instant now);

}
