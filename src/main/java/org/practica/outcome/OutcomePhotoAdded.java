package org.practica.outcome;

/**
 * A photo was added to a draft report.
 *
 * @param reportId the report
 * @param photoId the photo
 */
public record OutcomePhotoAdded(Long reportId, Long photoId) implements OutcomeActivity {

	@Override
	public String action() {
		return "photo-added";
	}

}
