package org.practica.onestop;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface NoteRepository extends ListCrudRepository<CounsellingNote, Long> {

	List<CounsellingNote> findByBookingIdOrderByWrittenAtAscIdAsc(Long bookingId);

	@Modifying
	@Query("delete from CounsellingNote n where n.writtenAt < :before")
	int deleteWrittenBefore(@Param("before") Instant before);

}
