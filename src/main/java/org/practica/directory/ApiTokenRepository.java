package org.practica.directory;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, String> {

	@Modifying
	@Query("delete from ApiToken t where t.expiresAt < :now")
	void deleteExpired(@Param("now") Instant now);

}
