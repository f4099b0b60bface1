package org.practica.notice;

import java.time.Instant;
import java.util.List;

import org.practica.support.Activity;

/**
 * A notice ended: its window passed and every objection was decided. Published once per
 * notice, whichever instance or request saw it first.
 *
 * @param noticeId the notice
 * @param ownerKind the owner's kind
 * @param ownerId the owner's id
 * @param clearedSubjectRefs the subjects without an upheld objection, in the notice's
 * order
 * @param heldSubjectRefs the subjects with an upheld objection
 * @param endedAt when it was found ended
 */
public record NoticeEnded(Long noticeId, String ownerKind, Long ownerId, List<String> clearedSubjectRefs,
		List<String> heldSubjectRefs, Instant endedAt) implements Activity {

	@Override
	public String subjectType() {
		return "notice";
	}

	@Override
	public Long subjectId() {
		return this.noticeId;
	}

	@Override
	public String action() {
		return "ended";
	}

}
