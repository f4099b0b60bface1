package org.practica.onestop;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.record.TrainingRecord;
import org.practica.record.TrainingRecords;
import org.practica.support.PlatformSettings;

import org.springframework.stereotype.Component;

/**
 * The safety courses a student passed, as the training part of the volunteer record: the
 * course and the organisation that offers it, on the day of the first pass.
 */
@Component
class SafetyTraining implements TrainingRecords {

	private final CourseCompletions completions;

	private final Organisations organisations;

	private final PlatformSettings platform;

	SafetyTraining(CourseCompletions completions, Organisations organisations, PlatformSettings platform) {
		this.completions = completions;
		this.organisations = organisations;
		this.platform = platform;
	}

	@Override
	public List<TrainingRecord> of(Long studentId) {
		List<CourseCompletion> passed = this.completions.of(studentId);
		Map<Long, String> names = this.organisations
			.all(passed.stream().map(CourseCompletion::organisationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Organisation::getId, Organisation::getName, (a, b) -> a));
		return passed.stream()
			.map(c -> new TrainingRecord(c.title(), names.getOrDefault(c.organisationId(), ""),
					LocalDate.ofInstant(c.completedAt(), this.platform.zone()), null))
			.toList();
	}

}
