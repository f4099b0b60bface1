package org.practica.election;

import org.practica.notice.NoticeEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a result's notice ends, the winner takes office; when an objection to it was
 * upheld, the result is set aside.
 */
@Component
class ElectionNoticeOutcome {

	private final Elections elections;

	ElectionNoticeOutcome(Elections elections) {
		this.elections = elections;
	}

	@ApplicationModuleListener
	void on(NoticeEnded event) {
		if (!ElectionNoticeBoard.OWNER_KIND.equals(event.ownerKind())) {
			return;
		}
		this.elections.noticeEnded(event.ownerId(),
				event.heldSubjectRefs().contains(ElectionNoticeBoard.ref(event.ownerId())));
	}

}
