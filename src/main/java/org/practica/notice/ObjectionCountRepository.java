package org.practica.notice;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ObjectionCountRepository extends ListCrudRepository<ObjectionCount, String> {

	/**
	 * Creates the count of an address unless it exists, even when another does at once.
	 */
	@Modifying
	@Query(value = """
			insert into notice_objection_throttle (address, window_started_at, objections)
			values (:address, :now, 0) on conflict do nothing""", nativeQuery = true)
	void create(@Param("address") String address, @Param("now") Instant now);

	/** The count of an address, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ObjectionCount c where c.address = :address")
	Optional<ObjectionCount> lock(@Param("address") String address);

	/** Removes the counts whose window began before then. */
	@Modifying
	@Query("delete from ObjectionCount c where c.windowStartedAt < :before")
	int deleteSpent(@Param("before") Instant before);

}
