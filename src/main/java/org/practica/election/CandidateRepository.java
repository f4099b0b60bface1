package org.practica.election;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	List<Candidate> findByElectionIdOrderById(Long electionId);

	Optional<Candidate> findByIdAndElectionId(Long id, Long electionId);

	boolean existsByElectionIdAndAccountId(Long electionId, Long accountId);

}
