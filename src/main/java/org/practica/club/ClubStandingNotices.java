package org.practica.club;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What a club's officers, instructors and students hear of how it stands, after the
 * commit, in the app and by mail as each chose for organisation notices: a cancellation
 * proposed for a dormant club, the club cancelled, a takeover request decided, an annual
 * review decided, a rating adjusted.
 */
@Component
class ClubStandingNotices {

	private final ClubRepository clubs;

	private final ClubMemberRepository members;

	private final ClubInstructorRepository instructors;

	private final Notifications notifications;

	private final Clock clock;

	ClubStandingNotices(ClubRepository clubs, ClubMemberRepository members, ClubInstructorRepository instructors,
			Notifications notifications, Clock clock) {
		this.clubs = clubs;
		this.members = members;
		this.instructors = instructors;
		this.notifications = notifications;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ClubProposedForCancellation event) {
		String ends = LocalDate.ofInstant(event.noticeEndsAt(), this.clock.getZone()).toString();
		send(officersAndInstructors(event.clubId(), officers(event.clubId())), "club.notice.dormant", event.clubId(),
				name(event.clubId()), ends);
	}

	@ApplicationModuleListener
	void on(ClubCancelled event) {
		// its memberships ended with it: the officers are those in office at the time
		List<Long> officers = event.officers() == null ? List.of() : event.officers();
		send(officersAndInstructors(event.clubId(), officers), "club.notice.cancelled", event.clubId(),
				name(event.clubId()), event.reason());
	}

	@ApplicationModuleListener
	void on(ClubTakeoverDecided event) {
		send(List.of(event.requesterId()),
				event.approved() ? "club.notice.takeover.approved" : "club.notice.takeover.refused", event.clubId(),
				name(event.clubId()));
	}

	@ApplicationModuleListener
	void on(AnnualReviewDecided event) {
		String comment = event.comment() == null ? "" : event.comment();
		send(officers(event.clubId()), "club.notice.annual-review." + event.status(), event.clubId(),
				name(event.clubId()), String.valueOf(event.year()), comment);
	}

	@ApplicationModuleListener
	void on(ClubRatingAdjusted event) {
		send(officers(event.clubId()), "club.notice.rating-adjusted", event.clubId(), name(event.clubId()),
				String.valueOf(event.year()), String.valueOf(event.stars()), event.reason());
	}

	private void send(Collection<Long> to, String key, Long clubId, Object... arguments) {
		for (Long account : to) {
			this.notifications.send(account, NoticeCategory.ORGANISATION, key, "/clubs/" + clubId, arguments);
		}
	}

	private String name(Long clubId) {
		return this.clubs.findById(clubId).map(Club::getName).orElse("");
	}

	/** The club's officers in office now. */
	private List<Long> officers(Long clubId) {
		return this.members.liveOf(clubId)
			.stream()
			.filter(ClubMember::isOfficer)
			.map(ClubMember::getAccountId)
			.toList();
	}

	private Set<Long> officersAndInstructors(Long clubId, List<Long> officers) {
		Set<Long> to = new LinkedHashSet<>(officers);
		this.instructors.findByClubIdOrderById(clubId)
			.stream()
			.filter(ClubInstructor::accepted)
			.map(ClubInstructor::getAccountId)
			.forEach(to::add);
		return to;
	}

}
