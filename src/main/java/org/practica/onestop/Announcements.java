package org.practica.onestop;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements (通知公告) of universities and colleges to their students, or to one
 * residence hall's: shown on the students' workbench, sent by mail as each chose, with a
 * count of who has read them.
 */
@Service
@Transactional(readOnly = true)
public class Announcements {

	private final AnnouncementRepository announcements;

	private final Organisations organisations;

	private final Halls halls;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Announcements(AnnouncementRepository announcements, Organisations organisations, Halls halls, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock) {
		this.announcements = announcements;
		this.organisations = organisations;
		this.halls = halls;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Announcement post(CurrentUser by, AnnouncementRequest request) {
		Organisation organisation = this.organisations
			.get(Bookings.parseId("organisationId", request.organisationId()));
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		if (organisation.getKind() != OrganisationKind.UNIVERSITY
				&& organisation.getKind() != OrganisationKind.COLLEGE) {
			throw FieldProblem.unprocessable("organisationId", "onestop.service.not-university");
		}
		Long hallId = null;
		if (request.hallId() != null && !request.hallId().isBlank()) {
			hallId = this.halls.find(Bookings.parseId("hallId", request.hallId()))
				.filter(h -> h.getUniversityId().equals(organisation.rootId()))
				.map(ResidenceHall::getId)
				.orElseThrow(() -> FieldProblem.unprocessable("hallId", "onestop.service.hall"));
		}
		Announcement announcement = this.announcements.save(new Announcement(organisation.getId(),
				organisation.getPath(), hallId, request.title(), request.body(), by.id(), this.clock.instant()));
		this.events.publishEvent(
				new AnnouncementPosted(announcement.getId(), organisation.getId(), hallId, announcement.getTitle()));
		return announcement;
	}

	/** The announcements to the student, latest first. */
	public List<Announcement> mine(CurrentUser student, int limit) {
		if (!student.holds(Role.STUDENT) || student.organisationId() == null) {
			return List.of();
		}
		String path = this.organisations.get(student.organisationId()).getPath();
		Long hall = this.halls.hallOf(student.id()).orElse(-1L);
		return this.announcements.forStudent(path, hall, Limit.of(limit));
	}

	/** Which of these announcements the person has read. */
	public Set<Long> readBy(CurrentUser user, List<Announcement> among) {
		if (among.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc
			.sql("select announcement_id from onestop_announcement_read where account_id = :account "
					+ "and announcement_id in (:ids)")
			.param("account", user.id())
			.param("ids", among.stream().map(Announcement::getId).toList())
			.query(Long.class)
			.list());
	}

	/** The student to whom it was posted has read it (once). */
	@Transactional
	public Announcement read(CurrentUser student, Long announcementId) {
		Announcement announcement = visible(student, announcementId);
		this.jdbc
			.sql("insert into onestop_announcement_read (announcement_id, account_id, read_at) "
					+ "select ?, ?, ? where not exists (select 1 from onestop_announcement_read "
					+ "where announcement_id = ? and account_id = ?)")
			.params(announcementId, student.id(), java.sql.Timestamp.from(this.clock.instant()), announcementId,
					student.id())
			.update();
		return announcement;
	}

	/**
	 * The announcement, for the students it was posted to and the organisation's admins.
	 */
	public Announcement visible(CurrentUser by, Long announcementId) {
		Announcement announcement = this.announcements.findById(announcementId).orElseThrow(Problem::notFound);
		if (by.manages(announcement.getOrganisationPath())) {
			return announcement;
		}
		if (!by.holds(Role.STUDENT) || by.organisationId() == null) {
			throw Problem.notFound();
		}
		String path = this.organisations.get(by.organisationId()).getPath();
		if (!announcement.isFor(path, this.halls.hallOf(by.id()).orElse(null))) {
			throw Problem.notFound();
		}
		return announcement;
	}

	/** The announcements of a subtree the person manages, latest first. */
	public List<Announcement> managed(CurrentUser by, Organisation organisation, int limit) {
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		return this.announcements.within(organisation.getPath(), Limit.of(limit));
	}

	/** How many have read each of these announcements. */
	public Map<Long, Long> readCounts(List<Announcement> among) {
		Map<Long, Long> counts = new java.util.HashMap<>();
		if (!among.isEmpty()) {
			this.jdbc
				.sql("select announcement_id, count(*) from onestop_announcement_read "
						+ "where announcement_id in (:ids) group by announcement_id")
				.param("ids", among.stream().map(Announcement::getId).toList())
				.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
				.list()
				.forEach(e -> counts.put(e.getKey(), e.getValue()));
		}
		return counts;
	}

	/** The students an announcement goes to. */
	List<Long> audience(Long announcementId) {
		Announcement announcement = this.announcements.findById(announcementId).orElseThrow(Problem::notFound);
		return this.halls.studentsOf(this.organisations.get(announcement.getOrganisationId()),
				announcement.getHallId());
	}

}
