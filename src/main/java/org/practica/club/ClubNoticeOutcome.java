package org.practica.club;

import org.practica.notice.NoticeEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a new club's public notice ends: without an upheld objection the club starts its
 * probation; with one it is not registered. A second delivery finds the club moved on and
 * does nothing.
 */
@Component
class ClubNoticeOutcome {

	private final Clubs clubs;

	ClubNoticeOutcome(Clubs clubs) {
		this.clubs = clubs;
	}

	@ApplicationModuleListener
	void on(NoticeEnded event) {
		if (!PublicClubNotice.OWNER_KIND.equals(event.ownerKind())) {
			return;
		}
		if (event.heldSubjectRefs().contains(PublicClubNotice.ref(event.ownerId()))) {
			this.clubs.noticeUpheld(event.ownerId(), null);
		}
		else {
			this.clubs.noticeCleared(event.ownerId());
		}
	}

}
