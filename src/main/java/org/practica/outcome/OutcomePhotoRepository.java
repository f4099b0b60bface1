package org.practica.outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface OutcomePhotoRepository extends ListCrudRepository<OutcomePhoto, Long> {

	List<OutcomePhoto> findByReportIdOrderByOrdinal(Long reportId);

	List<OutcomePhoto> findByReportIdInOrderByOrdinal(Collection<Long> reportIds);

	Optional<OutcomePhoto> findByIdAndReportId(Long id, Long reportId);

	long countByReportId(Long reportId);

}
