package org.practica.hours;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LedgerHeadRepository extends Repository<LedgerHead, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from LedgerHead h where h.id = 1")
	Optional<LedgerHead> lockHead();

	@Query("select h from LedgerHead h where h.id = 1")
	Optional<LedgerHead> head();

}
