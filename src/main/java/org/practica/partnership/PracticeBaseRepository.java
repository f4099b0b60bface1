package org.practica.partnership;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface PracticeBaseRepository extends ListCrudRepository<PracticeBase, Long> {

	List<PracticeBase> findByAgreementIdInOrderByName(Collection<Long> agreementIds);

}
