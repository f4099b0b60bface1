package org.practica.selection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreRepository extends JpaRepository<Score, Long> {

	List<Score> findBySelectionIdOrderById(Long selectionId);

	List<Score> findByCaseIdOrderByJudgeAccountId(Long caseId);

	Optional<Score> findByCaseIdAndJudgeAccountId(Long caseId, Long judgeAccountId);

	boolean existsBySelectionId(Long selectionId);

}
