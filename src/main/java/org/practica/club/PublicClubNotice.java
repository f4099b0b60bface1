package org.practica.club;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.practica.notice.NewNotice;
import org.practica.notice.Notice;
import org.practica.notice.Notices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A new club's public notice (公示) on the shared notice board, where anyone may object by
 * real name. {@link ClubNoticeOutcome} takes the club on when it ends.
 */
@Component
class PublicClubNotice implements ClubNoticeBoard {

	static final String OWNER_KIND = "club";

	/** Notices are published in the platform's default language. */
	private static final Locale NOTICE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final Notices notices;

	private final MessageSource messages;

	PublicClubNotice(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	static String ref(Long clubId) {
		return OWNER_KIND + ":" + clubId;
	}

	@Override
	public Opened open(Club club, Instant now) {
		String category = this.messages.getMessage("club.category." + club.getCategory(), null, NOTICE_LANGUAGE);
		Notice notice = this.notices.open(new NewNotice(club.getUniversityId(), OWNER_KIND, club.getId(),
				this.messages.getMessage("club.notice.title", new Object[] { club.getName() }, NOTICE_LANGUAGE), now,
				null,
				List.of(new NewNotice.Subject(ref(club.getId()), club.getName(),
						List.of(new NewNotice.Fact("club.category", category),
								new NewNotice.Fact("club.purpose", club.getPurpose()))))));
		return new Opened(notice.getId(), notice.getClosesAt());
	}

}
