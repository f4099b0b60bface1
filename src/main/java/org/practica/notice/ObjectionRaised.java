package org.practica.notice;

import org.practica.support.Activity;

/**
 * Someone objected by real name to a subject of a notice; it holds that subject until
 * decided. Carries nothing of the objector.
 *
 * @param objectionId the objection
 * @param noticeId its notice
 * @param noticeTitle the notice's title
 * @param subjectRef the owner's reference of the subject objected to
 * @param subjectName the subject's name
 * @param organisationId the notice's organisation
 * @param organisationPath the organisation's path
 * @param ownerKind the notice owner's kind
 * @param ownerId the owner's id
 */
public record ObjectionRaised(Long objectionId, Long noticeId, String noticeTitle, String subjectRef,
		String subjectName, Long organisationId, String organisationPath, String ownerKind,
		Long ownerId) implements Activity {

	@Override
	public String subjectType() {
		return "objection";
	}

	@Override
	public Long subjectId() {
		return this.objectionId;
	}

	@Override
	public String action() {
		return "raised";
	}

}
