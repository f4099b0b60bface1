package org.practica.record;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface RecordExportRepository extends ListCrudRepository<RecordExport, Long> {

	@Query("select e from RecordExport e where e.organisationPath like concat(:path, '%') "
			+ "order by e.exportedAt desc, e.id desc")
	List<RecordExport> findInSubtree(@Param("path") String path, Limit limit);

	/** Of these entries, those an earlier export carried. */
	@Query(value = "select distinct entry_id from record_export_entry where entry_id in (:ids)", nativeQuery = true)
	List<Long> findExported(@Param("ids") Collection<Long> ids);

	@Modifying
	@Query(value = "insert into record_export_entry (export_id, entry_id) values (:export, :entry)", nativeQuery = true)
	void carried(@Param("export") Long exportId, @Param("entry") Long entryId);

}
