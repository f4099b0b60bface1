package org.practica.directory;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, String> {

	@Modifying
	@Query("delete from ApiToken t where t.expiresAt < :now")
	void deleteExpired(@Param("now") Instant now);

	/**
	 * The version of the token's account, while the token is unexpired and the account
	 * enabled: what every request with the token asks.
	 */
	@Query("""
			select a.version from ApiToken t, Account a
			where t.tokenHash = :tokenHash and a.id = t.accountId and t.expiresAt > :now and a.enabled = true
			""")
	Optional<Long> findAccountVersion(@Param("tokenHash") String tokenHash, @Param("now") Instant now);

	@Modifying
	@Query("delete from ApiToken t where t.accountId = :accountId")
	int deleteByAccount(@Param("accountId") Long accountId);

	@Modifying
	@Query("delete from ApiToken t where t.accountId = :accountId and t.tokenHash <> :keep")
	int deleteByAccountExcept(@Param("accountId") Long accountId, @Param("keep") String keep);

}
