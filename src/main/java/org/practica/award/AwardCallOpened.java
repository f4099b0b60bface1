package org.practica.award;

/**
 * An organisation opened an award call.
 *
 * @param callId the call
 * @param organisationId its organisation
 * @param organisationPath the organisation's path
 * @param year the year its records count from
 * @param category what it awards
 * @param title its title
 */
public record AwardCallOpened(Long callId, Long organisationId, String organisationPath, int year,
		AwardCategory category, String title) implements AwardActivity {

	@Override
	public String action() {
		return "opened";
	}

}
