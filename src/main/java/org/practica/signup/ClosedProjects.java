package org.practica.signup;

import org.practica.project.ProjectCancelled;
import org.practica.project.ProjectCompleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A completed or cancelled project's shifts are no longer offered to students: the shift
 * keeps whether its project is open, so that the finder reads one table. (A sign-up
 * checks the project itself as well, so the moment between the project's change and this
 * one admits nobody.)
 */
@Component
class ClosedProjects {

	private final ShiftRepository shifts;

	ClosedProjects(ShiftRepository shifts) {
		this.shifts = shifts;
	}

	@ApplicationModuleListener
	void on(ProjectCompleted event) {
		this.shifts.projectClosed(event.projectId());
	}

	@ApplicationModuleListener
	void on(ProjectCancelled event) {
		this.shifts.projectClosed(event.projectId());
	}

}
