package org.practica.project;

/**
 * A project was cancelled by its admins.
 */
public record ProjectCancelled(Long projectId) implements ProjectActivity {

	@Override
	public String action() {
		return "cancelled";
	}

}
