package org.practica.record;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CorrectionRequestRepository extends ListCrudRepository<CorrectionRequest, Long> {

	List<CorrectionRequest> findByStudentIdOrderByRequestedAtDescIdDesc(Long studentId);

	boolean existsByEntryIdAndStatusNot(Long entryId, CorrectionStatus status);

	/** The requests of the communities in the subtree at the path, open ones first. */
	@Query("select c from CorrectionRequest c where c.communityPath like concat(:path, '%') "
			+ "order by case when c.status = org.practica.record.CorrectionStatus.ANSWERED then 1 else 0 end, "
			+ "c.dueOn, c.id")
	Page<CorrectionRequest> findOfCommunities(@Param("path") String path, Pageable pageable);

	/** The requests of students in the subtree at the path, newest first. */
	@Query("select c from CorrectionRequest c where c.studentPath like concat(:path, '%') "
			+ "order by c.requestedAt desc, c.id desc")
	Page<CorrectionRequest> findOfStudents(@Param("path") String path, Pageable pageable);

	@Query("select c.id from CorrectionRequest c where c.status = org.practica.record.CorrectionStatus.OPEN "
			+ "and c.dueOn < :today order by c.id")
	List<Long> findOverdue(@Param("today") LocalDate today);

	@org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from CorrectionRequest c where c.id = :id")
	java.util.Optional<CorrectionRequest> findForUpdate(@Param("id") Long id);

}
