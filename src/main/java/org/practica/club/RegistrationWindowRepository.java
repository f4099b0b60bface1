package org.practica.club;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RegistrationWindowRepository extends ListCrudRepository<RegistrationWindow, Long> {

	Optional<RegistrationWindow> findByUniversityIdAndKind(Long universityId, RegistrationWindow.Kind kind);

}
