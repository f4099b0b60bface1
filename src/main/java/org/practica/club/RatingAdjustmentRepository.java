package org.practica.club;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingAdjustmentRepository extends JpaRepository<RatingAdjustment, Long> {

	List<RatingAdjustment> findByClubIdAndYearOrderByIdDesc(Long clubId, int year);

}
