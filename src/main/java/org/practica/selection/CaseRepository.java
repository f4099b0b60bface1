package org.practica.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CaseRepository extends JpaRepository<SelectionCase, Long> {

	List<SelectionCase> findBySelectionIdOrderById(Long selectionId);

	@Query("select c from SelectionCase c where c.publishedAt is not null order by c.publishedAt, c.id")
	List<SelectionCase> findPublished();

	@Query("select count(c), max(c.publishedAt) from SelectionCase c where c.publishedAt is not null")
	List<Object[]> publishedFingerprint();

	@Query("select c from SelectionCase c where c.publishedAt is not null and c.organisationPath like concat(:path, '%') order by c.publishedAt desc, c.id desc")
	List<SelectionCase> findPublishedWithin(String path);

	@Query("select c from SelectionCase c where c.selectionId = :selectionId and c.organisationPath like concat(:path, '%') order by c.id")
	List<SelectionCase> findSubmittedWithin(Long selectionId, String path);

}
