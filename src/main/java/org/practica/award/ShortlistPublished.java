package org.practica.award;

import java.util.List;

/**
 * A call's shortlist was put on public notice.
 *
 * @param callId the call
 * @param noticeId the notice
 * @param nominationIds the shortlisted nominations
 */
public record ShortlistPublished(Long callId, Long noticeId, List<Long> nominationIds) implements AwardActivity {

	@Override
	public String action() {
		return "shortlisted";
	}

}
