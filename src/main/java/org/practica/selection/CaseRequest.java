package org.practica.selection;

/** A case as submitted; checked by {@link Selections#submit}. */
public record CaseRequest(String unit, String title, String summary, String body, String organisationId) {

}
