package org.practica.notice;

import java.time.Instant;

import org.practica.support.Activity;

/**
 * A notice was opened: its subjects are public from {@code opensAt} until
 * {@code closesAt}.
 *
 * @param noticeId the notice
 * @param organisationId its organisation
 * @param organisationPath the organisation's path
 * @param ownerKind the owner's kind, as the owner named it
 * @param ownerId the owner's id
 * @param title the notice's title
 * @param opensAt when objections open
 * @param closesAt when they close
 */
public record NoticeOpened(Long noticeId, Long organisationId, String organisationPath, String ownerKind, Long ownerId,
		String title, Instant opensAt, Instant closesAt) implements Activity {

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
		return "opened";
	}

}
