package org.practica.certificate;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CertificateRepository extends ListCrudRepository<Certificate, Long> {

	Optional<Certificate> findByNumber(String number);

	Optional<Certificate> findByVerificationCode(String verificationCode);

	Page<Certificate> findByStudentId(Long studentId, Pageable pageable);

	/** The certificates of the students whose college lies in the subtree at the path. */
	@Query("select c from Certificate c where c.studentOrganisationPath like concat(:path, '%')")
	Page<Certificate> findInSubtree(@Param("path") String path, Pageable pageable);

	java.util.List<Certificate> findByBatchIdOrderById(Long batchId);

	@Query(value = "select nextval('certificate_number_seq')", nativeQuery = true)
	long nextNumber();

}
