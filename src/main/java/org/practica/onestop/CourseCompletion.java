package org.practica.onestop;

import java.time.Instant;

/**
 * A safety course a student passed, for other modules (the volunteer record's training
 * part).
 *
 * @param title the course's title
 * @param version the version of the course passed
 * @param score the score, in per cent
 * @param completedAt when it was passed
 * @param organisationId the organisation that offers the course
 */
public record CourseCompletion(String title, int version, int score, Instant completedAt, Long organisationId) {
}
