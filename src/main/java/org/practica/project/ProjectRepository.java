package org.practica.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<Project, Long>, JpaSpecificationExecutor<Project> {

	boolean existsByNeedIdAndOfferIdIsNull(Long needId);

	List<Project> findByNeedId(Long needId);

}
