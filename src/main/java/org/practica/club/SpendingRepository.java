package org.practica.club;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface SpendingRepository extends Repository<Spending, Long> {

	Spending save(Spending line);

	Optional<Spending> findById(Long seq);

	List<Spending> findByClubIdOrderBySeq(Long clubId);

	List<Spending> findBySeqGreaterThanOrderBySeq(long seq, Limit limit);

	@Query("select s.requestId, sum(s.amount) from Spending s where s.requestId in :ids group by s.requestId")
	List<Object[]> sumsOf(@Param("ids") Collection<Long> requestIds);

	@Query("select coalesce(sum(s.amount), 0) from Spending s where s.clubId = :clubId")
	BigDecimal spentBy(@Param("clubId") Long clubId);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from SpendingHead h where h.id = 1")
	Optional<SpendingHead> lockHead();

	@Query("select h from SpendingHead h where h.id = 1")
	Optional<SpendingHead> head();

}
