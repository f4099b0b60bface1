package org.practica.club;

import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The club's notice kept as dates on the club: it closes after
 * {@code practica.clubs.notice}, and {@link ClubJobs} then starts the probation. No
 * objections are taken; the shared notice board replaces this once it takes clubs.
 */
@Component
class DatedClubNotice implements ClubNoticeBoard {

	private final ClubSettings settings;

	DatedClubNotice(ClubSettings settings) {
		this.settings = settings;
	}

	@Override
	public Opened open(Club club, Instant now) {
		return new Opened(null, now.plus(this.settings.notice()));
	}

}
