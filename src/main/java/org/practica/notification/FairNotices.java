package org.practica.notification;

import java.util.List;

import org.practica.directory.Accounts;
import org.practica.project.InterestMarked;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the other side at the selection fair when one side marks interest: a team's
 * leaders when a community wants its offer, a community's admins when a team wants its
 * need, and, once both sides have said so, that the pair became a project. The person who
 * marked it is not told of their own interest. Sent after the interest committed, in a
 * transaction of its own (see {@link StudentNotices}).
 */
@Component
class FairNotices {

	static final String LINK = "/fair";

	private final Notifications notifications;

	private final Accounts accounts;

	FairNotices(Notifications notifications, Accounts accounts) {
		this.notifications = notifications;
		this.accounts = accounts;
	}

	@ApplicationModuleListener
	void on(InterestMarked event) {
		if (event.mutual()) {
			// both sides have said so now: each side hears that the project exists
			tell(this.accounts.adminsAt(event.teamPath()), event, "notice.interest-matched", event.communityName(),
					event.needTitle(), event.offerTitle());
			tell(this.accounts.communityAdminsAt(event.communityPath()), event, "notice.interest-matched",
					event.teamName(), event.needTitle(), event.offerTitle());
			return;
		}
		if (event.fromCommunity()) {
			tell(this.accounts.adminsAt(event.teamPath()), event, "notice.interest-from-community",
					event.communityName(), event.offerTitle(), event.needTitle());
		}
		if (event.fromTeam()) {
			tell(this.accounts.communityAdminsAt(event.communityPath()), event, "notice.interest-from-team",
					event.teamName(), event.needTitle(), event.offerTitle());
		}
	}

	private void tell(List<Long> people, InterestMarked event, String key, Object... arguments) {
		people.stream()
			.distinct()
			.filter((person) -> !person.equals(event.markedBy()))
			.forEach((person) -> this.notifications.send(person, NoticeCategory.FAIR, key, LINK, arguments));
	}

}
