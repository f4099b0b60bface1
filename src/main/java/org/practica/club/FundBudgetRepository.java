package org.practica.club;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface FundBudgetRepository extends ListCrudRepository<FundBudget, FundBudget.Key> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select b from FundBudget b where b.universityId = :universityId and b.year = :year")
	Optional<FundBudget> lock(@Param("universityId") Long universityId, @Param("year") int year);

}
