package org.practica.notice;

import org.practica.support.Activity;

/**
 * An admin of the notice's organisation decided an objection: upheld (the subject is
 * taken off) or dismissed, for a published reason.
 *
 * @param objectionId the objection
 * @param noticeId its notice
 * @param subjectRef the owner's reference of the subject
 * @param upheld whether it was upheld
 * @param reason the decision's reason
 * @param ownerKind the notice owner's kind
 * @param ownerId the owner's id
 */
public record ObjectionDecided(Long objectionId, Long noticeId, String subjectRef, boolean upheld, String reason,
		String ownerKind, Long ownerId) implements Activity {

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
		return this.upheld ? "upheld" : "dismissed";
	}

}
