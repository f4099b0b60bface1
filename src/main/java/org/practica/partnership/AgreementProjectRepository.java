package org.practica.partnership;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementProjectRepository extends ListCrudRepository<AgreementProject, Long> {

	List<AgreementProject> findByAgreementId(Long agreementId);

}
