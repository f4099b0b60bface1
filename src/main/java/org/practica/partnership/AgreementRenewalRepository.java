package org.practica.partnership;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface AgreementRenewalRepository extends ListCrudRepository<AgreementRenewal, Long> {

	List<AgreementRenewal> findByAgreementIdOrderById(Long agreementId);

}
