package org.practica.club;

import java.time.Instant;

/**
 * Where a newly approved club's public notice (公示) runs: the seam between the clubs and
 * the shared notice board ({@link PublicClubNotice}).
 */
interface ClubNoticeBoard {

	/**
	 * Opens the notice of a club a university admin just approved.
	 * @return the notice's id and when it closes
	 */
	Opened open(Club club, Instant now);

	/**
	 * An opened notice.
	 *
	 * @param noticeId the notice, or null
	 * @param closesAt when it closes
	 */
	record Opened(Long noticeId, Instant closesAt) {
	}

}
