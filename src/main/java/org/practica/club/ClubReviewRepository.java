package org.practica.club;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ClubReviewRepository extends ListCrudRepository<ClubReview, Long> {

	List<ClubReview> findByClubIdOrderByReviewDecidedAtAscIdAsc(Long clubId);

}
