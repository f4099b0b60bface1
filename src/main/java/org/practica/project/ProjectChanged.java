package org.practica.project;

import org.practica.support.Activity;

/**
 * Something happened to a project or to the interest between a need and an offer.
 *
 * @param subjectType {@code project} or {@code interest}
 * @param subjectId its id
 * @param action what happened
 */
record ProjectChanged(String subjectType, Long subjectId, String action) implements Activity {
}
