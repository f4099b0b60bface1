package org.practica.attendance;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AttendanceRepository extends ListCrudRepository<Attendance, Long> {

	Optional<Attendance> findByShiftIdAndStudentId(Long shiftId, Long studentId);

	boolean existsByStudentIdAndCheckedOutAtIsNull(Long studentId);

	List<Attendance> findByShiftIdOrderByCheckedInAtAscIdAsc(Long shiftId);

	@Query("select a.shiftId, count(a) from Attendance a where a.shiftId in :shiftIds group by a.shiftId")
	List<Object[]> checkedInByShift(@Param("shiftIds") java.util.Collection<Long> shiftIds);

}
