package org.practica.selection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JudgeRepository extends JpaRepository<SelectionJudge, Long> {

	List<SelectionJudge> findBySelectionIdOrderByAccountId(Long selectionId);

	Optional<SelectionJudge> findBySelectionIdAndAccountId(Long selectionId, Long accountId);

}
