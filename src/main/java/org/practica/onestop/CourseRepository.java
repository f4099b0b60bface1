package org.practica.onestop;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CourseRepository extends ListCrudRepository<Course, Long> {

	@Query("select c from Course c where :path like concat(c.organisationPath, '%') order by c.title, c.id")
	List<Course> forPath(@Param("path") String path);

	@Query("select c from Course c where c.organisationPath like concat(:path, '%') order by c.title, c.id")
	List<Course> within(@Param("path") String path);

}
