package org.practica.onestop;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CompletionRepository extends ListCrudRepository<Completion, Long> {

	Optional<Completion> findByCourseIdAndStudentId(Long courseId, Long studentId);

	List<Completion> findByStudentIdOrderByCompletedAt(Long studentId);

	List<Completion> findByCourseIdAndStudentIdIn(Long courseId, Collection<Long> studentIds);

	long countByCourseIdAndStudentId(Long courseId, Long studentId);

}
