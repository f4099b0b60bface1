package org.practica.club;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AnnualReviewRepository extends JpaRepository<AnnualReview, Long> {

	List<AnnualReview> findByClubIdOrderByYearDescIdDesc(Long clubId);

	List<AnnualReview> findByClubIdAndYearOrderByIdDesc(Long clubId, int year);

	List<AnnualReview> findByStatusAndClubIdInOrderByFiledAt(AnnualReview.Status status, Collection<Long> clubIds);

	long countByStatusAndClubIdIn(AnnualReview.Status status, Collection<Long> clubIds);

}
