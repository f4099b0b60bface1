package org.practica.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<CaseAssignment, Long> {

	List<CaseAssignment> findBySelectionIdOrderByCaseIdAscJudgeAccountIdAsc(Long selectionId);

	List<CaseAssignment> findByCaseIdOrderByJudgeAccountId(Long caseId);

	List<CaseAssignment> findBySelectionIdAndJudgeAccountIdOrderByCaseId(Long selectionId, Long judgeAccountId);

	boolean existsByCaseIdAndJudgeAccountId(Long caseId, Long judgeAccountId);

	@Modifying
	@Query("delete from CaseAssignment a where a.selectionId = :selectionId")
	void deleteBySelection(Long selectionId);

}
