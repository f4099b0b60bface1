package org.practica.certificate;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CertificateReviewRepository extends ListCrudRepository<CertificateReview, Long> {

	java.util.List<CertificateReview> findByBatchId(Long batchId);

	@Query("select r from CertificateReview r where r.universityPath = :path and r.status = :status "
			+ "order by r.requestedAt, r.id")
	List<CertificateReview> findQueue(@Param("path") String universityPath,
			@Param("status") CertificateReview.Status status);

	List<CertificateReview> findByStudentIdOrderByRequestedAtDesc(Long studentId);

}
