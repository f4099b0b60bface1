package org.practica.onestop;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ConsentRepository extends ListCrudRepository<Consent, Long> {

	Optional<Consent> findByStudentIdAndKindAndTextVersion(Long studentId, ServiceKind kind, String textVersion);

}
