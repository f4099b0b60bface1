package org.practica.award;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface AwardCallRepository extends ListCrudRepository<AwardCall, Long> {

	/** Calls of organisations inside the subtree at this path, or above it. */
	@Query("""
			select c from AwardCall c
			where c.organisationPath like concat(:path, '%') or :path like concat(c.organisationPath, '%')
			order by c.id desc
			""")
	List<AwardCall> touching(@Param("path") String path);

	/**
	 * The call, locked until the transaction ends: nominations to one call take their
	 * places in its quotas one at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from AwardCall c where c.id = :id")
	Optional<AwardCall> lock(@Param("id") Long id);

}
