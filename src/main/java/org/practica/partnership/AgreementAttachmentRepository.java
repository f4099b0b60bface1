package org.practica.partnership;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementAttachmentRepository extends ListCrudRepository<AgreementAttachment, Long> {

	List<AgreementAttachment> findByAgreementIdOrderById(Long agreementId);

	Optional<AgreementAttachment> findByIdAndAgreementId(Long id, Long agreementId);

}
