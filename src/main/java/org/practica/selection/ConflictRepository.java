package org.practica.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConflictRepository extends JpaRepository<SelectionConflict, Long> {

	List<SelectionConflict> findBySelectionIdOrderById(Long selectionId);

	boolean existsBySelectionIdAndJudgeAccountIdAndOrganisationId(Long selectionId, Long judgeAccountId,
			Long organisationId);

}
