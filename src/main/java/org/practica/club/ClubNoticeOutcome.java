package org.practica.club;

import org.practica.notice.NoticeEnded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a dormant club's cancellation notice ends, it is cancelled unless a takeover or an
 * upheld objection stopped it ({@link ClubStandings#noticeEnded}). When a new club's
 * public notice ends: without an upheld objection the club starts its probation; with one
 * it is not registered. A second delivery finds the club moved on and does nothing.
 */
@Component
class ClubNoticeOutcome {

	private final Clubs clubs;

	private final ClubStandings standings;

	ClubNoticeOutcome(Clubs clubs, ClubStandings standings) {
		this.clubs = clubs;
		this.standings = standings;
	}

	@ApplicationModuleListener
	void on(NoticeEnded event) {
		if (ClubStandings.DORMANT_NOTICE.equals(event.ownerKind())) {
			this.standings.noticeEnded(event.ownerId(), event.noticeId(),
					event.heldSubjectRefs().contains(ClubStandings.ref(event.ownerId())));
			return;
		}
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
