package org.practica.outcome;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OutcomeReportRepository extends JpaRepository<OutcomeReport, Long>, JpaSpecificationExecutor<OutcomeReport> {

	List<OutcomeReport> findByProjectIdOrderByHappenedOnDescIdDesc(Long projectId);

}
