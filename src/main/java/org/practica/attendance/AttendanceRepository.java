package org.practica.attendance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AttendanceRepository extends ListCrudRepository<Attendance, Long> {

	Optional<Attendance> findByShiftIdAndStudentId(Long shiftId, Long studentId);

	boolean existsByStudentIdAndCheckedOutAtIsNull(Long studentId);

	List<Attendance> findByShiftIdOrderByCheckedInAtAscIdAsc(Long shiftId);

}
