package org.practica.project;

import org.practica.support.Activity;

/**
 * A project was cancelled by its admins.
 */
public record ProjectCancelled(Long projectId) implements Activity {

	@Override
	public String subjectType() {
		return "project";
	}

	@Override
	public Long subjectId() {
		return this.projectId;
	}

	@Override
	public String action() {
		return "cancelled";
	}

}
