package org.practica.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface OrganisationRepository extends ListCrudRepository<Organisation, Long> {

	@Query(value = "select nextval('organisation_seq')", nativeQuery = true)
	long nextId();

	@Query("""
			select o from Organisation o
			where (:kind is null or o.kind = :kind) and (:parentId is null or o.parentId = :parentId)
			  and (:q is null or lower(o.name) like :q)
			""")
	Page<Organisation> search(@Param("kind") OrganisationKind kind, @Param("parentId") Long parentId,
			@Param("q") String q, Pageable pageable);

	@Query("select o from Organisation o where o.path like concat(:path, '%') order by o.path")
	List<Organisation> findSubtree(@Param("path") String path);

	@Query("select o from Organisation o where o.path like concat(:path, '%') and o.kind in :kinds order by o.name")
	List<Organisation> findSubtreeOfKinds(@Param("path") String path,
			@Param("kinds") Collection<OrganisationKind> kinds);

	List<Organisation> findByKindInOrderByName(Collection<OrganisationKind> kinds);

	List<Organisation> findByParentIdOrderByName(Long parentId);

	boolean existsByParentIdAndName(Long parentId, String name);

	boolean existsByParentIdIsNullAndName(String name);

	List<Organisation> findByNameIn(Collection<String> names);

	@Query("select o.parentId, o.name from Organisation o where o.parentId in :parentIds")
	List<Object[]> findChildNames(@Param("parentIds") Collection<Long> parentIds);

	@Query("select o.name from Organisation o where o.parentId is null and o.name in :names")
	List<String> findRootNames(@Param("names") Collection<String> names);

}
