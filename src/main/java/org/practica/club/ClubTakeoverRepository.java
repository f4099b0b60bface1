package org.practica.club;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClubTakeoverRepository extends JpaRepository<ClubTakeover, Long> {

	List<ClubTakeover> findByClubIdOrderByIdDesc(Long clubId);

	boolean existsByClubIdAndRequesterIdAndStatus(Long clubId, Long requesterId, ClubTakeover.Status status);

}
