package org.practica.club;

import org.practica.directory.Accounts;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the university's federation officers when a club is left without a president.
 */
@Component
class PresidentMissingNotice {

	private final Accounts accounts;

	private final Organisations organisations;

	private final Notifications notifications;

	private final ClubRepository clubs;

	PresidentMissingNotice(Accounts accounts, Organisations organisations, Notifications notifications,
			ClubRepository clubs) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.notifications = notifications;
		this.clubs = clubs;
	}

	@ApplicationModuleListener
	void on(ClubLeftWithoutPresident event) {
		String name = this.clubs.findById(event.clubId()).map(Club::getName).orElse("");
		String path = this.organisations.get(event.universityId()).getPath();
		for (Long officer : this.accounts.holding(Role.FEDERATION_OFFICER, path)) {
			this.notifications.send(officer, NoticeCategory.ORGANISATION, "club.notice.without-president",
					"/clubs/" + event.clubId(), name);
		}
	}

}
