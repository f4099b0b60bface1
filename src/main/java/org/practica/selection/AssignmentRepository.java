package org.practica.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

	List<Assignment> findBySelectionIdOrderByCaseIdAscJudgeAccountIdAsc(Long selectionId);

	List<Assignment> findByCaseIdOrderByJudgeAccountId(Long caseId);

	List<Assignment> findBySelectionIdAndJudgeAccountIdOrderByCaseId(Long selectionId, Long judgeAccountId);

	boolean existsByCaseIdAndJudgeAccountId(Long caseId, Long judgeAccountId);

	@Modifying
	@Query("delete from Assignment a where a.selectionId = :selectionId")
	void deleteBySelection(Long selectionId);

}
