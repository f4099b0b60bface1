package org.practica.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<CaseAttachment, Long> {

	List<CaseAttachment> findByCaseIdOrderById(Long caseId);

}
