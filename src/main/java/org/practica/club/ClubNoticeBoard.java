package org.practica.club;

import java.time.Instant;

/**
 * Where a newly approved club's public notice (公示) runs. The seam between the clubs and
 * the public notice: {@link DatedClubNotice} keeps just the notice's dates on the club
 * until the shared notice board takes clubs' notices with real-name objections.
 */
interface ClubNoticeBoard {

	/**
	 * Opens the notice of a club a university admin just approved.
	 * @return the notice's id (null when no board keeps it: the club's own dates decide)
	 * and when it closes
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
