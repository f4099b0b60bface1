package org.practica.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public notices (公示) for every module that publishes a shortlist: an owner opens one
 * with its subjects ({@link #open}), anyone objects by real name while it runs
 * ({@link #object}), an admin of its organisation decides each objection
 * ({@link #decide}), and the owner reads the {@link #outcome} or reacts to
 * {@link NoticeEnded}. Everything is public except the objectors' names and contact
 * details, which only the organisation's admins see.
 */
@Service
@Transactional(readOnly = true)
public class Notices {

	/** The notices a job ends at a time. */
	private static final int ENDING_BATCH = 100;

	private final NoticeRepository notices;

	private final NoticeSubjectRepository subjects;

	private final ObjectionRepository objections;

	private final ObjectionThrottle throttle;

	private final WorkingDays workingDays;

	private final NoticeSettings settings;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Notices(NoticeRepository notices, NoticeSubjectRepository subjects, ObjectionRepository objections,
			ObjectionThrottle throttle, WorkingDays workingDays, NoticeSettings settings, Organisations organisations,
			ApplicationEventPublisher events, Clock clock) {
		this.notices = notices;
		this.subjects = subjects;
		this.objections = objections;
		this.throttle = throttle;
		this.workingDays = workingDays;
		this.settings = settings;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens a notice. The owner has checked that the person may; the notice checks only
	 * its own rules: a title, at least one subject, each with a reference unique in the
	 * notice and a name. It closes at the end of its last working day (see
	 * {@link #closesAt}).
	 */
	@Transactional
	public Notice open(NewNotice request) {
		if (request.title() == null || request.title().isBlank()) {
			throw FieldProblem.invalid("title", "notice.title.required");
		}
		if (request.subjects() == null || request.subjects().isEmpty()) {
			throw FieldProblem.invalid("subjects", "notice.subjects.required");
		}
		int days = request.workingDays() == null ? this.settings.workingDays() : request.workingDays();
		if (days < 1 || days > 60) {
			throw FieldProblem.invalid("noticeDays", "notice.days.range");
		}
		Organisation organisation = this.organisations.get(request.organisationId());
		Instant opensAt = request.opensAt() == null ? this.clock.instant() : request.opensAt();
		String title = request.title().strip();
		if (title.length() > Notice.TITLE_MAX) {
			title = title.substring(0, Notice.TITLE_MAX);
		}
		Notice notice = this.notices.save(new Notice(organisation.getId(), organisation.getPath(), request.ownerKind(),
				request.ownerId(), title, opensAt, closesAt(opensAt, days), days));
		Set<String> refs = new HashSet<>();
		int ordinal = 0;
		for (NewNotice.Subject s : request.subjects()) {
			if (s.ref() == null || s.ref().isBlank() || !refs.add(s.ref()) || s.name() == null || s.name().isBlank()) {
				throw FieldProblem.invalid("subjects", "notice.subjects.invalid");
			}
			List<NoticeFact> facts = s.facts() == null ? List.of()
					: s.facts()
						.stream()
						.map(f -> new NoticeFact(f.label(), f.value() == null ? "" : f.value()))
						.toList();
			this.subjects.save(new NoticeSubject(notice.getId(), ordinal++, s.ref(), s.name().strip(), facts));
		}
		this.events.publishEvent(new NoticeOpened(notice.getId(), notice.getOrganisationId(),
				notice.getOrganisationPath(), notice.getOwnerKind(), notice.getOwnerId(), notice.getTitle(),
				notice.getOpensAt(), notice.getClosesAt()));
		return notice;
	}

	/**
	 * When a notice opening then and running so many working days closes: at midnight
	 * after the last of them, counted from the day after it opens; weekends and the
	 * calendar's holidays do not count, its make-up working days do.
	 */
	public Instant closesAt(Instant opensAt, int workingDays) {
		return this.workingDays.closesAt(opensAt, workingDays);
	}

	/** The notice; public to everyone. 404 when there is none. */
	public Notice get(Long id) {
		return this.notices.findById(id).orElseThrow(Problem::notFound);
	}

	/** The notices of an owner, oldest first. */
	public List<Notice> ofOwner(String ownerKind, Long ownerId) {
		return this.notices.findByOwnerKindAndOwnerIdOrderById(ownerKind, ownerId);
	}

	/** The notices open now, soonest close first, at most {@code limit}. */
	public List<Notice> openNow(int limit) {
		return this.notices.openAt(this.clock.instant(), Limit.of(limit));
	}

	/**
	 * Whether the person decides the notice's objections: an admin of its organisation.
	 */
	public boolean manages(CurrentUser by, Notice notice) {
		return by != null && by.manages(notice.getOrganisationPath());
	}

	/** The notice with its subjects, where each stands, and their objections. */
	public NoticeView view(Notice notice) {
		Map<Long, List<Objection>> bySubject = new LinkedHashMap<>();
		this.objections.findByNoticeIdOrderById(notice.getId())
			.forEach(o -> bySubject.computeIfAbsent(o.getSubjectId(), k -> new ArrayList<>()).add(o));
		List<NoticeView.Subject> shown = this.subjects.findByNoticeIdOrderByOrdinal(notice.getId()).stream().map(s -> {
			List<Objection> list = bySubject.getOrDefault(s.getId(), List.of());
			return new NoticeView.Subject(s, standing(list), List.copyOf(list));
		}).toList();
		return new NoticeView(notice, state(notice, shown), shown);
	}

	private static SubjectStanding standing(List<Objection> objections) {
		if (objections.stream().anyMatch(Objection::isUpheld)) {
			return SubjectStanding.UPHELD;
		}
		return objections.stream().anyMatch(o -> !o.isDecided()) ? SubjectStanding.HELD : SubjectStanding.CLEARED;
	}

	private NoticeState state(Notice notice, List<NoticeView.Subject> subjects) {
		Instant now = this.clock.instant();
		if (now.isBefore(notice.getOpensAt())) {
			return NoticeState.UPCOMING;
		}
		if (notice.isOpenAt(now)) {
			return NoticeState.RUNNING;
		}
		boolean undecided = subjects.stream().anyMatch(s -> s.openObjections() > 0);
		return undecided ? NoticeState.AWAITING_DECISIONS : NoticeState.ENDED;
	}

	/**
	 * What the notice comes to so far: its state and which subjects are cleared, upheld
	 * against or still held. Final once the state is {@link NoticeState#ENDED}.
	 */
	public NoticeOutcome outcome(Long noticeId) {
		NoticeView view = view(get(noticeId));
		List<String> cleared = new ArrayList<>();
		List<String> upheld = new ArrayList<>();
		List<String> undecided = new ArrayList<>();
		for (NoticeView.Subject s : view.subjects()) {
			switch (s.standing()) {
				case CLEARED -> cleared.add(s.subject().getRef());
				case UPHELD -> upheld.add(s.subject().getRef());
				case HELD -> undecided.add(s.subject().getRef());
			}
		}
		return new NoticeOutcome(noticeId, view.state(), cleared, upheld, undecided);
	}

	/**
	 * Someone objects to a subject, by real name with contact details and a reason, no
	 * account needed: 400 naming a missing field, 404 for a subject not of the notice,
	 * 409 outside the window, 429 when the address has objected as often as allowed.
	 */
	@Transactional
	public Objection object(Long noticeId, String subjectId, String realName, String contact, String reason,
			String clientAddress) {
		Notice notice = get(noticeId);
		NoticeSubject subject = subject(notice, subjectId);
		Instant now = this.clock.instant();
		Objection objection = new Objection(notice, subject, realName, contact, reason, clientAddress, now);
		this.throttle.take(clientAddress, now);
		this.objections.save(objection);
		this.events.publishEvent(new ObjectionRaised(objection.getId(), notice.getId(), notice.getTitle(),
				subject.getRef(), subject.getName(), notice.getOrganisationId(), notice.getOrganisationPath(),
				notice.getOwnerKind(), notice.getOwnerId()));
		return objection;
	}

	private NoticeSubject subject(Notice notice, String subjectId) {
		if (subjectId == null || subjectId.isBlank()) {
			throw FieldProblem.invalid("subjectId", "notice.objection.subjectId.required");
		}
		Long id;
		try {
			id = Long.valueOf(subjectId.strip());
		}
		catch (NumberFormatException ex) {
			throw FieldProblem.invalid("subjectId", "notice.objection.subjectId.unknown");
		}
		return this.subjects.findByIdAndNoticeId(id, notice.getId())
			.orElseThrow(() -> FieldProblem.invalid("subjectId", "notice.objection.subjectId.unknown"));
	}

	/**
	 * The objection, with the objector's details, for an admin of its notice's
	 * organisation; 404 for anyone else.
	 */
	public Objection objection(CurrentUser by, Long id) {
		Objection objection = this.objections.findById(id).orElseThrow(Problem::notFound);
		if (!manages(by, get(objection.getNoticeId()))) {
			throw Problem.notFound();
		}
		return objection;
	}

	/**
	 * The objections of a notice with the objectors' details, for its admins; 404 else.
	 */
	public List<Objection> objections(CurrentUser by, Long noticeId) {
		Notice notice = get(noticeId);
		if (!manages(by, notice)) {
			throw Problem.notFound();
		}
		return this.objections.findByNoticeIdOrderById(noticeId);
	}

	/** The undecided objections to notices of the subtrees the person manages. */
	public List<Objection> undecided(CurrentUser by) {
		Map<Long, Objection> found = new LinkedHashMap<>();
		by.managedPaths()
			.forEach(p -> this.objections.undecidedInside(p).forEach(o -> found.putIfAbsent(o.getId(), o)));
		return List.copyOf(found.values());
	}

	/** The subject an objection is about. */
	public NoticeSubject subjectOf(Objection objection) {
		return this.subjects.findById(objection.getSubjectId()).orElseThrow();
	}

	/**
	 * An admin of the notice's organisation decides an objection, upheld or not, with a
	 * reason that is published: 404 for anyone else, 409 once decided. A decision after
	 * the window that leaves none undecided ends the notice.
	 */
	@Transactional
	public Objection decide(CurrentUser by, Long objectionId, Boolean upheld, String reason) {
		Objection objection = objection(by, objectionId);
		objection.decide(upheld, reason, by.getUsername(), this.clock.instant());
		this.objections.save(objection);
		Notice notice = get(objection.getNoticeId());
		NoticeSubject subject = subjectOf(objection);
		this.events.publishEvent(new ObjectionDecided(objection.getId(), notice.getId(), subject.getRef(),
				objection.isUpheld(), objection.getDecisionReason(), notice.getOwnerKind(), notice.getOwnerId()));
		endIfDue(notice.getId());
		return objection;
	}

	/**
	 * Ends the notice when its window has passed and every objection is decided:
	 * publishes {@link NoticeEnded} once, whichever instance or request comes first (a
	 * conditional update decides). Whether this call ended it.
	 */
	@Transactional
	public boolean endIfDue(Long noticeId) {
		Instant now = this.clock.instant();
		Notice notice = get(noticeId);
		if (notice.getEndedAt() != null || !notice.hasClosedAt(now)
				|| this.objections.existsByNoticeIdAndDecidedAtIsNull(noticeId)) {
			return false;
		}
		if (this.notices.markEnded(noticeId, now) != 1) {
			return false;
		}
		NoticeOutcome outcome = outcome(noticeId);
		this.events.publishEvent(new NoticeEnded(noticeId, notice.getOwnerKind(), notice.getOwnerId(),
				outcome.clearedRefs(), outcome.upheldRefs(), now));
		return true;
	}

	/** Ends every notice that is due; the ids of those this call ended. */
	@Transactional
	public List<Long> endDue() {
		List<Long> ended = new ArrayList<>();
		for (Long id : this.notices.dueToEnd(this.clock.instant(), Limit.of(ENDING_BATCH))) {
			if (endIfDue(id)) {
				ended.add(id);
			}
		}
		return ended;
	}

}
