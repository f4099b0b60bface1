package org.practica.evaluation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

	List<Evaluation> findByProjectIdOrderByRatedAtAscIdAsc(Long projectId);

	List<Evaluation> findByProjectIdAndPairKey(Long projectId, String pairKey);

	List<Evaluation> findByProjectIdAndPublishedAtIsNull(Long projectId);

	boolean existsByProjectIdAndRaterIdAndAboutAndSubjectId(Long projectId, Long raterId, About about, Long subjectId);

	boolean existsByProjectIdAndRaterRoleAndAbout(Long projectId, RaterRole raterRole, About about);

	boolean existsByProjectIdAndRaterRole(Long projectId, RaterRole raterRole);

	List<Evaluation> findByAboutAndSubjectIdAndPublishedAtIsNotNullOrderByPublishedAtDescIdDesc(About about,
			Long subjectId);

}
