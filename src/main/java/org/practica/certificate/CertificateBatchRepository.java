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
	 * Takes a running batch for a run: one no run has taken yet, or one whose run has not
	 * moved it on since the instant. 1 when taken; however many runs try at once, one
	 * takes it.
	 */
	@Modifying
	@Query("update CertificateBatch b set b.runner = :runner, b.heartbeatAt = :now, b.version = b.version + 1 "
			+ "where b.id = :id and b.status = org.practica.certificate.CertificateBatch.Status.RUNNING "
			+ "and (b.runner is null or b.heartbeatAt < :before)")
	int take(@Param("id") Long id, @Param("runner") String runner, @Param("before") Instant before,
			@Param("now") Instant now);

}
