package org.practica.project;

/**
 * A project was completed by its admins.
 */
public record ProjectCompleted(Long projectId) implements ProjectActivity {

	@Override
	public String action() {
		return "completed";
	}

}
