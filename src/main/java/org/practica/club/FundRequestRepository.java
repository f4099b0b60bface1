package org.practica.club;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface FundRequestRepository extends ListCrudRepository<FundRequest, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from FundRequest r where r.id = :id")
	Optional<FundRequest> lockById(@Param("id") Long id);

	List<FundRequest> findByClubIdOrderByIdDesc(Long clubId);

	@Query("""
			select r from FundRequest r where r.universityId = :universityId
			  and (:status is null or r.status = :status) and (:year is null or r.year = :year)
			order by r.id desc
			""")
	List<FundRequest> ofUniversity(@Param("universityId") Long universityId, @Param("status") FundRequestStatus status,
			@Param("year") Integer year);

	@Query("select coalesce(sum(r.spent), 0) from FundRequest r where r.universityId = :universityId and r.year = :year")
	BigDecimal spentIn(@Param("universityId") Long universityId, @Param("year") int year);

	@Query("select r from FundRequest r where r.id > :after order by r.id")
	List<FundRequest> after(@Param("after") Long after, org.springframework.data.domain.Limit limit);

}
