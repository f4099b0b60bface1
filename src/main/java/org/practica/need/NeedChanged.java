package org.practica.need;

import org.practica.support.Activity;

/**
 * A need was created, edited, published, closed or cancelled.
 *
 * @param needId the need
 * @param communityId its community
 * @param status its status now
 * @param action what happened
 */
public record NeedChanged(Long needId, Long communityId, NeedStatus status, String action) implements Activity {

	@Override
	public String subjectType() {
		return "need";
	}

	@Override
	public Long subjectId() {
		return this.needId;
	}

}
