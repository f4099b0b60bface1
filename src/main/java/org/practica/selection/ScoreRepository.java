package org.practica.selection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRepository extends JpaRepository<CaseScore, Long> {

	List<CaseScore> findBySelectionIdOrderById(Long selectionId);

	List<CaseScore> findByCaseIdOrderByJudgeAccountId(Long caseId);

	Optional<CaseScore> findByCaseIdAndJudgeAccountId(Long caseId, Long judgeAccountId);

	boolean existsBySelectionId(Long selectionId);

}
