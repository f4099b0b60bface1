package org.practica.election;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.practica.notice.NewNotice;
import org.practica.notice.Notice;
import org.practica.notice.Notices;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The result's public notice (公示) on the shared notice board, where anyone may object by
 * real name. {@link ElectionNoticeOutcome} takes the election on when it ends.
 */
@Component
class ElectionNoticeBoard {

	static final String OWNER_KIND = "election";

	/** Notices are published in the platform's default language. */
	private static final Locale NOTICE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final Notices notices;

	private final MessageSource messages;

	ElectionNoticeBoard(Notices notices, MessageSource messages) {
		this.notices = notices;
		this.messages = messages;
	}

	static String ref(Long electionId) {
		return OWNER_KIND + ":" + electionId;
	}

	Notice open(Election election, Candidate winner, int votes, Instant now) {
		String office = this.messages.getMessage("election.office." + election.getOffice(), null, NOTICE_LANGUAGE);
		return this.notices.open(new NewNotice(election.getUniversityId(), OWNER_KIND, election.getId(),
				this.messages.getMessage(
						"election.notice.title", new Object[] { election.getClubName(), office }, NOTICE_LANGUAGE),
				now, null,
				List.of(new NewNotice.Subject(ref(election.getId()), winner.getDisplayName(),
						List.of(new NewNotice.Fact("election.notice.office", election.getClubName() + " " + office),
								new NewNotice.Fact("election.notice.votes", String.valueOf(votes)),
								new NewNotice.Fact("election.notice.ballots",
										election.getBallotsCast() + " / " + election.getRollCount()),
								new NewNotice.Fact("election.notice.chain", election.getChainHead()))))));
	}

}
