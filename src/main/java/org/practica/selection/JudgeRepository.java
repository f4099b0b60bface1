package org.practica.selection;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JudgeRepository extends JpaRepository<Judge, Long> {

	List<Judge> findBySelectionIdOrderByAccountId(Long selectionId);

	Optional<Judge> findBySelectionIdAndAccountId(Long selectionId, Long accountId);

}
