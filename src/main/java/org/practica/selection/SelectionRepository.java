package org.practica.selection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelectionRepository extends JpaRepository<Selection, Long> {

	@Query("select s from Selection s where s.organisationPath like concat(:path, '%') order by s.id desc")
	List<Selection> findWithin(String path);

	@Query("select s from Selection s where s.id in (select j.selectionId from SelectionJudge j where j.accountId = :accountId) order by s.id desc")
	List<Selection> findJudgedBy(Long accountId);

}
