package org.practica.outcome;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OutcomeReportRepository extends JpaRepository<OutcomeReport, Long>, JpaSpecificationExecutor<OutcomeReport> {

	List<OutcomeReport> findByProjectIdOrderByHappenedOnDescIdDesc(Long projectId);

	long countByProjectIdInAndStatusAndHappenedOnBetween(java.util.Collection<Long> projectIds, OutcomeStatus status,
			java.time.LocalDate from, java.time.LocalDate to);

	@org.springframework.data.jpa.repository.Query("""
			select r from OutcomeReport r where r.status = org.practica.outcome.OutcomeStatus.PUBLISHED
			and r.happenedOn between :from and :to
			and (r.teamPath like concat(:path, '%') or r.communityPath like concat(:path, '%'))
			order by r.happenedOn desc, r.id desc""")
	List<OutcomeReport> publishedWithin(String path, java.time.LocalDate from, java.time.LocalDate to,
			org.springframework.data.domain.Limit limit);

}
