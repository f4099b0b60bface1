package org.practica.onestop;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety courses students have passed, for other modules to read.
 */
@Component
public class CourseCompletions {

	private final CompletionRepository completions;

	private final CourseRepository courses;

	CourseCompletions(CompletionRepository completions, CourseRepository courses) {
		this.completions = completions;
		this.courses = courses;
	}

	/** The student's completions, oldest first. */
	@Transactional(readOnly = true)
	public List<CourseCompletion> of(Long studentId) {
		List<Completion> passed = this.completions.findByStudentIdOrderByCompletedAt(studentId);
		Map<Long, Course> byId = this.courses.findAllById(passed.stream().map(Completion::getCourseId).toList())
			.stream()
			.collect(Collectors.toMap(Course::getId, Function.identity()));
		return passed.stream()
			.filter(c -> byId.containsKey(c.getCourseId()))
			.map(c -> new CourseCompletion(byId.get(c.getCourseId()).getTitle(), c.getCourseVersion(), c.getScore(),
					c.getCompletedAt(), byId.get(c.getCourseId()).getOrganisationId()))
			.toList();
	}

}
