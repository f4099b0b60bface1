package org.practica.onestop;

import java.util.List;

/** A college reminded its students who have not completed a required course. */
public record CourseReminderSent(Long courseId, String title, List<Long> studentIds) {
}
