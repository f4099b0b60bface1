package org.practica.directory;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface PasswordResetRepository extends ListCrudRepository<PasswordReset, String> {

	/**
	 * Uses the link: one statement, so that of two requests with the same link only one
	 * finds it usable. Returns 1 when this one did.
	 */
	@Modifying
	@Query("""
			update PasswordReset r set r.usedAt = :now
			where r.tokenHash = :tokenHash and r.usedAt is null and r.expiresAt > :now
			""")
	int use(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

	/** Ends every link of the account not yet used: its password was just set. */
	@Modifying
	@Query("update PasswordReset r set r.usedAt = :now where r.accountId = :accountId and r.usedAt is null")
	int useAll(@Param("accountId") Long accountId, @Param("now") Instant now);

	/** Whether a link was sent to the account since then. */
	boolean existsByAccountIdAndRequestedAtAfter(Long accountId, Instant since);

	@Modifying
	@Query("delete from PasswordReset r where r.expiresAt < :before")
	void deleteExpiredBefore(@Param("before") Instant before);

}
