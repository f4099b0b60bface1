package org.practica.onestop;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counselling kept private: the separate consent a student gives first, and counsellors'
 * notes, readable by their author and the supervisor the university names, by nobody else
 * (404 for the student, admins and the platform admin alike). Writing or reading a note
 * publishes no event, so no log, notice or read model ever holds one.
 */
@Service
@Transactional(readOnly = true)
public class Counselling {

	private final ConsentRepository consents;

	private final NoteRepository notes;

	private final BookingRepository bookings;

	private final CommunityServiceRepository services;

	private final Organisations organisations;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final jakarta.persistence.EntityManager entities;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OnestopSettings settings;

	Counselling(ConsentRepository consents, NoteRepository notes, BookingRepository bookings,
			CommunityServiceRepository services, Organisations organisations, Accounts accounts, JdbcClient jdbc,
			jakarta.persistence.EntityManager entities, ApplicationEventPublisher events, Clock clock,
			OnestopSettings settings) {
		this.consents = consents;
		this.notes = notes;
		this.bookings = bookings;
		this.services = services;
		this.organisations = organisations;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.entities = entities;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	/** The version of the consent text students agree to now. */
	public String consentVersion() {
		return this.settings.consentVersion();
	}

	/**
	 * The student consents to the kind's handling of their sensitive information, to the
	 * current text; giving it again changes nothing.
	 */
	@Transactional
	public Consent consent(CurrentUser student, ServiceKind kind) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		if (kind != ServiceKind.COUNSELLING) {
			throw FieldProblem.invalid("kind", "onestop.consent.kind");
		}
		this.accounts.lock(student.id());
		Optional<Consent> given = this.consents.findByStudentIdAndKindAndTextVersion(student.id(), kind,
				consentVersion());
		if (given.isPresent()) {
			return given.get();
		}
		Consent consent = this.consents.save(new Consent(student.id(), kind, consentVersion(), this.clock.instant()));
		this.events.publishEvent(new ConsentGiven(consent.getId(), student.id(), kind, consent.getTextVersion()));
		return consent;
	}

	public Optional<Consent> given(CurrentUser student, ServiceKind kind) {
		return this.consents.findByStudentIdAndKindAndTextVersion(student.id(), kind, consentVersion());
	}

	/** The counsellor of a counselling booking writes a note on it; anyone else: 404. */
	@Transactional
	public CounsellingNote write(CurrentUser by, Long bookingId, String text) {
		Booking booking = counselling(bookingId);
		if (!booking.getProviderId().equals(by.id())) {
			throw Problem.notFound();
		}
		if (text == null || text.isBlank()) {
			throw FieldProblem.invalid("text", "onestop.note.text");
		}
		if (text.length() > 10000) {
			throw FieldProblem.invalid("text", "onestop.note.too-long");
		}
		return this.notes.save(new CounsellingNote(bookingId, by.id(), text.strip(), this.clock.instant()));
	}

	/**
	 * The notes on a counselling booking: its counsellor sees their own, the university's
	 * supervisor all; anyone else (the student, admins, the platform admin, another
	 * counsellor): 404.
	 */
	public List<CounsellingNote> read(CurrentUser by, Long bookingId) {
		Booking booking = counselling(bookingId);
		if (!mayRead(by, booking)) {
			throw Problem.notFound();
		}
		boolean supervisor = isSupervisor(by, booking);
		return this.notes.findByBookingIdOrderByWrittenAtAscIdAsc(bookingId)
			.stream()
			.filter(n -> supervisor || n.getAuthorId().equals(by.id()))
			.toList();
	}

	/**
	 * Whether the person may read the booking's notes: a counselling booking's counsellor
	 * and the supervisor its university named, never its own student, nobody else. The
	 * API and the booking page both ask this.
	 */
	public boolean mayRead(CurrentUser by, Booking booking) {
		return booking.getKind() == ServiceKind.COUNSELLING && !booking.getStudentId().equals(by.id())
				&& (booking.getProviderId().equals(by.id()) || isSupervisor(by, booking));
	}

	/** A university's admin names the counselling supervisor, who reads its notes. */
	@Transactional
	public void nameSupervisor(CurrentUser by, Long universityId, Long accountId) {
		Organisation university = this.organisations.getManaged(by, universityId);
		if (university.getParentId() != null) {
			throw FieldProblem.unprocessable("universityId", "onestop.hall.not-university");
		}
		Account account = this.accounts.find(accountId)
			.filter(a -> a.getGrants()
				.stream()
				.anyMatch(g -> g.role() == Role.SERVICE_PROVIDER && g.organisationPath() != null
						&& g.organisationPath().startsWith(university.getPath())))
			.orElseThrow(() -> FieldProblem.unprocessable("accountId", "onestop.slot.not-provider"));
		// the rows written through JPA in this transaction go first: the insert below
		// refers to them
		this.entities.flush();
		this.jdbc.sql("delete from onestop_supervisor where university_id = ?").params(universityId).update();
		this.jdbc.sql("insert into onestop_supervisor (university_id, account_id) values (?, ?)")
			.params(universityId, account.getId())
			.update();
		this.events.publishEvent(new CounsellingSupervisorNamed(universityId, account.getId()));
	}

	/**
	 * Deletes the notes older than the retention period; bookings, and so counts, stay.
	 */
	@Transactional
	public int deleteExpiredNotes() {
		return this.notes.deleteWrittenBefore(this.clock.instant().minus(this.settings.noteRetention()));
	}

	/** The supervisor the university named, if any. */
	public Optional<Long> supervisorOf(Long universityId) {
		return this.jdbc.sql("select account_id from onestop_supervisor where university_id = ?")
			.params(universityId)
			.query(Long.class)
			.optional();
	}

	private boolean isSupervisor(CurrentUser by, Booking booking) {
		Long universityId = this.services.findById(booking.getServiceId())
			.map(CommunityService::getUniversityId)
			.orElse(null);
		return universityId != null
				&& this.jdbc.sql("select count(*) from onestop_supervisor where university_id = ? and account_id = ?")
					.params(universityId, by.id())
					.query(Long.class)
					.single() > 0;
	}

	private Booking counselling(Long bookingId) {
		return this.bookings.findById(bookingId)
			.filter(b -> b.getKind() == ServiceKind.COUNSELLING)
			.orElseThrow(Problem::notFound);
	}

}
