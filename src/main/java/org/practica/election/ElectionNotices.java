package org.practica.election;

import java.time.Clock;

import org.practica.club.ClubOffices;
import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What members hear of elections, after the commit: an election called in their club, and
 * that their own vote was recorded. A notice never carries a choice or a tracker.
 */
@Component
class ElectionNotices {

	private final ClubOffices offices;

	private final Notifications notifications;

	private final Clock clock;

	ElectionNotices(ClubOffices offices, Notifications notifications, Clock clock) {
		this.offices = offices;
		this.notifications = notifications;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ElectionCalled event) {
		for (Long member : this.offices.activeAt(event.clubId(), this.clock.instant())) {
			this.notifications.send(member, NoticeCategory.ORGANISATION,
					(event.runoff() ? "election.notice.runoff." : "election.notice.called.") + event.office(),
					"/elections/" + event.electionId(), event.clubName());
		}
	}

	@ApplicationModuleListener
	void on(BallotCast event) {
		this.notifications.send(event.voterId(), NoticeCategory.ORGANISATION, "election.notice.voted",
				"/elections/" + event.electionId(), event.clubName());
	}

}
