package org.practica.club;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface FundReviewRepository extends ListCrudRepository<FundReview, Long> {

	List<FundReview> findByRequestIdOrderByReviewDecidedAtAscIdAsc(Long requestId);

}
