package org.practica.club;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ClubInstructorRepository extends ListCrudRepository<ClubInstructor, Long> {

	List<ClubInstructor> findByClubIdOrderById(Long clubId);

	Optional<ClubInstructor> findByClubIdAndAccountId(Long clubId, Long accountId);

	List<ClubInstructor> findByAccountIdOrderById(Long accountId);

}
