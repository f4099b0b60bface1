package org.practica.onestop;

import org.practica.support.Activity;

/** Kept in the activity log. */
public record AnnouncementPosted(Long announcementId, Long organisationId, Long hallId,
		String title) implements Activity {

	@Override
	public String subjectType() {
		return "onestop-announcement";
	}

	@Override
	public Long subjectId() {
		return this.announcementId;
	}

	@Override
	public String action() {
		return "posted";
	}

}
