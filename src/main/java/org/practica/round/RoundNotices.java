package org.practica.round;

import java.util.HashMap;
import java.util.Map;

import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;
import org.practica.signup.Shift;
import org.practica.signup.Signups;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells each student who ranked shifts in a round, once its run has committed, what came
 * of it and why: in the app, and by mail as they chose for sign-ups. A run that is rolled
 * back tells nobody; a notice that fails is tried again (the event publication registry).
 */
@Component
class RoundNotices {

	private final Rounds rounds;

	private final Signups signups;

	private final Notifications notifications;

	RoundNotices(Rounds rounds, Signups signups, Notifications notifications) {
		this.rounds = rounds;
		this.signups = signups;
		this.notifications = notifications;
	}

	@ApplicationModuleListener
	void on(RoundRun event) {
		Map<Long, String> titles = new HashMap<>();
		for (Map.Entry<Long, Rounds.MyResult> entry : this.rounds.resultsOf(event.roundId()).entrySet()) {
			Long student = entry.getKey();
			Rounds.MyResult result = entry.getValue();
			MatchingRound round = result.round();
			String link = "/rounds/" + round.getId();
			if (result.outcome() == RoundOutcome.ASSIGNED) {
				String shift = titles.computeIfAbsent(result.shiftId(),
						id -> this.signups.findShift(id).map(Shift::getTitle).orElse(""));
				this.notifications.send(student, NoticeCategory.SIGNUPS, result.noticeKey(), link, round.getTitle(),
						shift, result.choice());
			}
			else {
				this.notifications.send(student, NoticeCategory.SIGNUPS, result.noticeKey(), link, round.getTitle(),
						result.choices());
			}
		}
	}

}
