package org.practica.directory;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface SignInFailureRepository extends ListCrudRepository<SignInFailure, String> {

	/**
	 * Creates the count for a key unless it exists, without failing when another does it
	 * at once.
	 */
	@Modifying
	@Query(value = """
			insert into sign_in_failure (throttle_key, failures, window_started_at)
			values (:key, 0, :now) on conflict do nothing""", nativeQuery = true)
	void create(@Param("key") String key, @Param("now") Instant now);

	/** Removes the counts whose window began before then and that hold no lock now. */
	@Modifying
	@Query("""
			delete from SignInFailure f
			where f.windowStartedAt < :windowStartedBefore and (f.lockedUntil is null or f.lockedUntil <= :now)
			""")
	int deleteSpent(@Param("windowStartedBefore") Instant windowStartedBefore, @Param("now") Instant now);

	/** The count for a key, locked until the transaction ends. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from SignInFailure f where f.throttleKey = :key")
	Optional<SignInFailure> lock(@Param("key") String key);

}
