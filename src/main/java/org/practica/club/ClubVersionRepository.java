package org.practica.club;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ClubVersionRepository extends ListCrudRepository<ClubVersion, Long> {

	List<ClubVersion> findByClubIdOrderByNumber(Long clubId);

	ClubVersion findFirstByClubIdOrderByNumberDesc(Long clubId);

}
