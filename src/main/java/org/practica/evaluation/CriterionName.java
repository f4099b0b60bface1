package org.practica.evaluation;

/**
 * A criterion as raters and readers see it.
 *
 * @param code what its scores are kept under, e.g. {@code SAFETY}
 * @param name the name its organisation gave it, or null for a default criterion, which
 * reads as the message {@code evaluation.criterion.<code>}
 */
public record CriterionName(String code, String name) {
}
