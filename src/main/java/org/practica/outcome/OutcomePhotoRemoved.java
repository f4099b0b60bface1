package org.practica.outcome;

/**
 * A photo was taken out of a draft report.
 *
 * @param reportId the report
 * @param photoId the photo
 */
public record OutcomePhotoRemoved(Long reportId, Long photoId) implements OutcomeActivity {

	@Override
	public String action() {
		return "photo-removed";
	}

}
