package org.practica.onestop;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What students hear of the one-stop community, in-app and by mail as they chose, after
 * the change has committed. A counselling booking's reminder does not say it is
 * counselling, and no note ever becomes a notice.
 */
@Component
class OnestopNotices {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final Bookings bookings;

	private final Announcements announcements;

	private final ZoneId zone;

	OnestopNotices(Notifications notifications, Bookings bookings, Announcements announcements, java.time.Clock clock) {
		this.notifications = notifications;
		this.bookings = bookings;
		this.announcements = announcements;
		this.zone = clock.getZone();
	}

	@ApplicationModuleListener
	void on(BookingReminderDue event) {
		String at = TIME.format(event.startsAt().atZone(this.zone));
		if (event.kind().isPrivate()) {
			this.notifications.send(event.studentId(), NoticeCategory.REMINDERS, "onestop.notice.reminder-private",
					"/onestop#bookings", at);
			return;
		}
		String title = this.bookings.findService(event.serviceId()).map(CommunityService::getTitle).orElse("");
		this.notifications.send(event.studentId(), NoticeCategory.REMINDERS, "onestop.notice.reminder",
				"/onestop#bookings", title, at);
	}

	@ApplicationModuleListener
	void on(BookingCancelled event) {
		if (!event.byStudent()) {
			this.notifications.send(event.studentId(), NoticeCategory.REMINDERS, "onestop.notice.cancelled",
					"/onestop#bookings");
		}
	}

	/**
	 * Students with a place still ahead hear where the service now is, as this revision
	 * left it. For a private kind the notice says neither what nor where (a counselling
	 * centre's address says what it is): the student reads the place on their bookings.
	 */
	@ApplicationModuleListener
	void on(ServiceRevised event) {
		if (!event.moved()) {
			return;
		}
		this.bookings.findService(event.serviceId()).ifPresent(service -> {
			boolean confidential = service.getKind().isPrivate();
			for (Long student : this.bookings.studentsBookedAhead(service.getId())) {
				if (confidential) {
					this.notifications.send(student, NoticeCategory.REMINDERS, "onestop.notice.moved-private",
							"/onestop#bookings");
				}
				else {
					this.notifications.send(student, NoticeCategory.REMINDERS, "onestop.notice.moved",
							"/onestop#bookings", event.title(), event.location());
				}
			}
		});
	}

	@ApplicationModuleListener
	void on(AnnouncementPosted event) {
		for (Long student : this.announcements.audience(event.announcementId())) {
			this.notifications.send(student, NoticeCategory.ORGANISATION, "onestop.notice.announcement",
					"/onestop#announcements", event.title());
		}
	}

	@ApplicationModuleListener
	void on(CourseReminderSent event) {
		for (Long student : event.studentIds()) {
			this.notifications.send(student, NoticeCategory.REMINDERS, "onestop.notice.course",
					"/onestop/courses/" + event.courseId(), event.title());
		}
	}

}
