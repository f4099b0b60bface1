package org.practica.onestop;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;
import org.practica.support.PlaceLocks;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Services, their slots and the bookings on them. A booking is taken by the race-safe
 * place sign-ups use ({@link PlaceLocks}): the slot's row locked, then the student's
 * account, so that no slot takes more than its capacity and no student holds two
 * bookings, or a booking and a confirmed shift, at once, under any concurrency.
 */
@Service
@Transactional(readOnly = true)
public class Bookings {

	private final CommunityServiceRepository services;

	private final SlotRepository slots;

	private final BookingRepository bookings;

	private final ConsentRepository consents;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Halls halls;

	private final PlaceLocks places;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OnestopSettings settings;

	Bookings(CommunityServiceRepository services, SlotRepository slots, BookingRepository bookings,
			ConsentRepository consents, Organisations organisations, Accounts accounts, Halls halls, PlaceLocks places,
			ApplicationEventPublisher events, Clock clock, OnestopSettings settings) {
		this.services = services;
		this.slots = slots;
		this.bookings = bookings;
		this.consents = consents;
		this.organisations = organisations;
		this.accounts = accounts;
		this.halls = halls;
		this.places = places;
		this.events = events;
		this.clock = clock;
		this.settings = settings;
	}

	/** An admin of a university or college offers a service to its students. */
	@Transactional
	public CommunityService offer(CurrentUser by, ServiceRequest request) {
		Organisation organisation = this.organisations.get(parseId("organisationId", request.organisationId()));
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		if (organisation.getKind() != OrganisationKind.UNIVERSITY
				&& organisation.getKind() != OrganisationKind.COLLEGE) {
			throw FieldProblem.unprocessable("organisationId", "onestop.service.not-university");
		}
		Long hallId = hallOf(organisation.rootId(), request.hallId());
		CommunityService service = this.services.save(new CommunityService(organisation.getId(), organisation.getPath(),
				organisation.rootId(), hallId, request.kind(), request.title(), request.location()));
		this.events.publishEvent(new ServiceOffered(service.getId(), organisation.getId(), service.getKind()));
		return service;
	}

	/**
	 * An admin of the service's organisation changes its title, location and hall; for
	 * anyone else it is not there (404).
	 */
	@Transactional
	public CommunityService revise(CurrentUser by, Long serviceId, ServiceRevision revision) {
		CommunityService service = this.services.findById(serviceId)
			.filter(s -> by.manages(s.getOrganisationPath()))
			.orElseThrow(Problem::notFound);
		boolean moved = service.revise(revision.title(), revision.location(),
				hallOf(service.getUniversityId(), revision.hallId()));
		this.events.publishEvent(new ServiceRevised(service.getId(), service.getOrganisationId(), service.getTitle(),
				service.getLocation(), moved));
		return service;
	}

	/** The residence hall a service is limited to: one of the university's, or none. */
	private Long hallOf(Long universityId, String hallId) {
		if (hallId == null || hallId.isBlank()) {
			return null;
		}
		return this.halls.find(parseId("hallId", hallId))
			.filter(h -> h.getUniversityId().equals(universityId))
			.map(ResidenceHall::getId)
			.orElseThrow(() -> FieldProblem.unprocessable("hallId", "onestop.service.hall"));
	}

	/**
	 * Publishes a slot (and its weekly repeats) of a service: by the provider it names,
	 * who holds the role of service provider in the service's university, or by the
	 * service's admins. A provider's slots never clash, their buffers counted.
	 */
	@Transactional
	public List<Slot> publish(CurrentUser by, Long serviceId, SlotRequest request) {
		CommunityService service = this.services.findById(serviceId).orElseThrow(Problem::notFound);
		Long providerId = parseId("providerId", request.providerId());
		boolean admin = by.manages(service.getOrganisationPath());
		if (!admin && !by.id().equals(providerId)) {
			if (by.holds(Role.SERVICE_PROVIDER) && isProviderOf(by.id(), service)) {
				throw Problem.forbidden();
			}
			throw Problem.notFound();
		}
		if (!isProviderOf(providerId, service)) {
			throw FieldProblem.unprocessable("providerId", "onestop.slot.not-provider");
		}
		// the pages post the same request without bean validation: the ranges are checked
		// here too
		if (request.capacity() == null || request.capacity() < 1 || request.capacity() > 500) {
			throw FieldProblem.invalid("capacity", "onestop.slot.capacity-range", 1, 500);
		}
		if (request.weeks() < 0 || request.weeks() > 52) {
			throw FieldProblem.invalid("repeatWeeks", "onestop.slot.weeks-range", 0, 52);
		}
		if (request.buffer() < 0 || request.buffer() > 240) {
			throw FieldProblem.invalid("bufferMinutes", "onestop.slot.buffer-range", 0, 240);
		}
		Instant start = request.startsAt().toInstant();
		Instant end = request.endsAt().toInstant();
		if (!end.isAfter(start)) {
			throw FieldProblem.invalid("endsAt", "onestop.slot.ends-before");
		}
		if (Duration.between(start, end).compareTo(Duration.ofHours(12)) > 0) {
			throw FieldProblem.invalid("endsAt", "onestop.slot.too-long");
		}
		if (!start.isAfter(this.clock.instant())) {
			throw FieldProblem.unprocessable("startsAt", "onestop.slot.past");
		}
		this.accounts.lock(providerId);
		List<Slot> made = new ArrayList<>();
		Long seriesId = null;
		for (int week = 0; week <= request.weeks(); week++) {
			Instant s = start.plus(Duration.ofDays(7L * week));
			Instant e = end.plus(Duration.ofDays(7L * week));
			Duration reach = Duration.ofMinutes(240 + request.buffer());
			boolean clash = this.slots.ofProviderBetween(providerId, s.minus(reach), e.plus(reach))
				.stream()
				.anyMatch(other -> other.clashesWith(s, e, request.buffer()));
			if (clash) {
				throw Problem.conflict("onestop.slot.clash");
			}
			Slot slot = this.slots.save(new Slot(service, providerId, s, e, request.capacity(), request.buffer(),
					request.notice(), seriesId));
			if (week == 0 && request.weeks() > 0) {
				seriesId = slot.getId();
			}
			made.add(slot);
		}
		this.events.publishEvent(new SlotsPublished(made.get(0).getId(), serviceId, providerId, made.size()));
		return made;
	}

	/**
	 * A student books a slot of a service open to them. Refused (409) when the slot is
	 * full or closed, when they hold a booking or a confirmed shift at the same time,
	 * when counselling lacks their consent, and while no-shows bar them from the kind.
	 */
	@Transactional
	public Booking book(CurrentUser student, Long slotId) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		Slot slot = this.places.lock(Slot.class, slotId).orElseThrow(Problem::notFound);
		CommunityService service = this.services.findById(slot.getServiceId()).orElseThrow(Problem::notFound);
		if (!isOpenTo(student, service)) {
			throw Problem.notFound();
		}
		Instant now = this.clock.instant();
		if (service.getKind().isPrivate() && !hasConsented(student.id(), service.getKind())) {
			throw Problem.conflict("onestop.consent-required");
		}
		this.places.lockPerson(student.id());
		Optional<Instant> barred = barredUntil(student.id(), service.getKind());
		if (barred.isPresent()) {
			throw Problem.conflict("onestop.booking.barred", LocalDate.ofInstant(barred.get(), this.clock.getZone()));
		}
		List<Long> held = this.bookings.overlapping(student.id(), slot.getStartsAt(), slot.getEndsAt(), Limit.of(2));
		if (held.contains(slotId)) {
			throw Problem.conflict("onestop.booking.already");
		}
		if (!held.isEmpty()) {
			throw Problem.conflict("onestop.booking.overlapping");
		}
		if (this.places.heldElsewhere(BookingCommitments.class, student.id(), slot.getStartsAt(), slot.getEndsAt())) {
			throw Problem.conflict("onestop.booking.overlapping-shift");
		}
		Booking booking = this.bookings.save(slot.book(student.id(), now));
		this.events.publishEvent(
				new BookingMade(booking.getId(), slotId, student.id(), slot.getProviderId(), booking.getKind()));
		return booking;
	}

	/**
	 * Cancels a booking: the student up to the cut-off before its start, the provider or
	 * (not for counselling) the service's admins until it starts. Others: 404.
	 */
	@Transactional
	public Booking cancel(CurrentUser by, Long bookingId) {
		Booking booking = this.bookings.findById(bookingId).orElseThrow(Problem::notFound);
		boolean own = booking.getStudentId().equals(by.id());
		if (!own && !isProviderOrAdmin(by, booking)) {
			throw Problem.notFound();
		}
		Slot slot = this.places.lock(Slot.class, booking.getSlotId()).orElseThrow(Problem::notFound);
		Instant now = this.clock.instant();
		if (own) {
			booking.cancelByStudent(now, this.settings.cancellationCutoff());
		}
		else {
			booking.cancelByProvider(now);
		}
		slot.released();
		this.events.publishEvent(new BookingCancelled(booking.getId(), slot.getId(), booking.getStudentId(),
				booking.getProviderId(), booking.getKind(), own));
		return booking;
	}

	/**
	 * The provider (or, not for counselling, the service's admins) records that the
	 * student did not come.
	 */
	@Transactional
	public Booking noShow(CurrentUser by, Long bookingId) {
		Booking booking = this.bookings.findById(bookingId).orElseThrow(Problem::notFound);
		if (!isProviderOrAdmin(by, booking)) {
			throw Problem.notFound();
		}
		booking.noShow(this.clock.instant());
		this.events.publishEvent(new NoShowRecorded(booking.getId(), booking.getStudentId(), booking.getKind()));
		return booking;
	}

	/** Until when no-shows bar the student from booking the kind, if they do now. */
	public Optional<Instant> barredUntil(Long studentId, ServiceKind kind) {
		NoShowRule rule = this.settings.noShowRule();
		Instant now = this.clock.instant();
		return rule.barredUntil(this.bookings.noShowsSince(studentId, kind, now.minus(rule.lookBack())), now);
	}

	public boolean hasConsented(Long studentId, ServiceKind kind) {
		return this.consents.findByStudentIdAndKindAndTextVersion(studentId, kind, this.settings.consentVersion())
			.isPresent();
	}

	/**
	 * The booking, for the student who made it, its provider or the service's admins; a
	 * counselling booking for the student and the counsellor only (404 for admins).
	 */
	public Booking booking(CurrentUser by, Long bookingId) {
		return findBooking(bookingId).filter(b -> isPartyTo(by, b)).orElseThrow(Problem::notFound);
	}

	public Optional<Booking> findBooking(Long bookingId) {
		return this.bookings.findById(bookingId);
	}

	/**
	 * Whether the person sees the booking as such: the student who made it, its provider
	 * or (not for counselling) the service's admins.
	 */
	public boolean isPartyTo(CurrentUser by, Booking booking) {
		return booking.getStudentId().equals(by.id()) || isProviderOrAdmin(by, booking);
	}

	/** The services open to the student, by kind. */
	public List<CommunityService> openTo(CurrentUser student) {
		String path = collegePath(student);
		Long hall = this.halls.hallOf(student.id()).orElse(null);
		return this.services.offeredAbove(path).stream().filter(s -> s.isOpenTo(path, hall)).toList();
	}

	public CommunityService service(CurrentUser by, Long serviceId) {
		CommunityService service = this.services.findById(serviceId).orElseThrow(Problem::notFound);
		if (!by.manages(service.getOrganisationPath()) && !isOpenTo(by, service) && !isProviderOf(by.id(), service)) {
			throw Problem.notFound();
		}
		return service;
	}

	/** The students holding a place of the service that starts after now. */
	List<Long> studentsBookedAhead(Long serviceId) {
		return this.bookings.studentsBookedAfter(serviceId, this.clock.instant());
	}

	public Optional<CommunityService> findService(Long serviceId) {
		return this.services.findById(serviceId);
	}

	public Map<Long, CommunityService> servicesById(List<Long> ids) {
		Map<Long, CommunityService> byId = new java.util.HashMap<>();
		this.services.findAllById(ids).forEach(s -> byId.put(s.getId(), s));
		return byId;
	}

	/** The services of the organisations in a subtree the person manages. */
	public List<CommunityService> managed(CurrentUser by, Organisation organisation) {
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		return this.services.offeredWithin(organisation.getPath());
	}

	/** The services of the universities where the person is a service provider. */
	public List<CommunityService> forProvider(CurrentUser provider) {
		return provider.grants()
			.stream()
			.filter(g -> g.role() == Role.SERVICE_PROVIDER && g.organisationId() != null)
			.map(g -> this.organisations.get(this.organisations.get(g.organisationId()).rootId()).getPath())
			.distinct()
			.flatMap(path -> this.services.offeredWithin(path).stream())
			.distinct()
			.toList();
	}

	/** The slots of these services starting in the coming span. */
	public List<Slot> coming(List<Long> serviceIds, Duration ahead) {
		Instant now = this.clock.instant();
		return serviceIds.isEmpty() ? List.of() : this.slots.ofServicesBetween(serviceIds, now, now.plus(ahead));
	}

	public List<Slot> slotsOf(CurrentUser by, Long serviceId) {
		CommunityService service = service(by, serviceId);
		Instant now = this.clock.instant();
		return this.slots.ofServicesBetween(List.of(service.getId()), now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(120)));
	}

	/** The student's bookings, latest first. */
	public List<Booking> mine(CurrentUser student) {
		return this.bookings.ofStudent(student.id(), Limit.of(200));
	}

	/** A provider's slots over a span, theirs only. */
	public List<Slot> providerSlots(CurrentUser provider, Instant from, Instant to) {
		return this.slots.ofProviderBetween(provider.id(), from, to);
	}

	/** A provider's bookings starting in a span. */
	public List<Booking> providerBookings(CurrentUser provider, Instant from, Instant to) {
		return this.bookings.ofProviderBetween(provider.id(), from, to);
	}

	/**
	 * The bookings of a slot, for its provider and the service's admins; those of a
	 * counselling slot, naming who booked, for its counsellor only (404 for admins, who
	 * see only how many places are taken).
	 */
	public List<Booking> onSlot(CurrentUser by, Long slotId) {
		Slot slot = this.slots.findById(slotId).orElseThrow(Problem::notFound);
		CommunityService service = this.services.findById(slot.getServiceId()).orElseThrow(Problem::notFound);
		if (!slot.getProviderId().equals(by.id())
				&& (slot.getKind().isPrivate() || !by.manages(service.getOrganisationPath()))) {
			throw Problem.notFound();
		}
		return this.bookings.findBySlotIdOrderById(slotId);
	}

	public Optional<Slot> findSlot(Long slotId) {
		return this.slots.findById(slotId);
	}

	public Duration cancellationCutoff() {
		return this.settings.cancellationCutoff();
	}

	/**
	 * Claims the reminders of bookings starting within the reminder's reach, once each
	 * however many instances look; their students hear of them after the commit.
	 */
	@Transactional
	public int remindDue() {
		Instant now = this.clock.instant();
		int due = 0;
		for (Booking booking : this.bookings.dueForReminder(now, now.plus(this.settings.remindBefore()))) {
			if (this.bookings.claimReminder(booking.getId(), now) == 1) {
				this.events.publishEvent(new BookingReminderDue(booking.getId(), booking.getStudentId(),
						booking.getServiceId(), booking.getKind(), booking.getStartsAt()));
				due++;
			}
		}
		return due;
	}

	/**
	 * Bookings and no-shows per service of an organisation's subtree starting in a span.
	 * A counselling figure below the smallest count is hidden (null), so that nobody is
	 * singled out.
	 */
	public List<ServiceFigure> figures(CurrentUser by, Organisation organisation, Instant from, Instant to) {
		List<CommunityService> offered = managed(by, organisation);
		List<Long> ids = offered.stream().map(CommunityService::getId).toList();
		Map<Long, Long> booked = new java.util.HashMap<>();
		Map<Long, Long> noShows = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			this.bookings.countByService(ids, from, to).forEach(r -> booked.put((Long) r[0], (Long) r[1]));
			this.bookings.noShowsByService(ids, from, to).forEach(r -> noShows.put((Long) r[0], (Long) r[1]));
		}
		int smallest = this.settings.smallestCount();
		return offered.stream()
			.map(s -> new ServiceFigure(s, shown(s.getKind(), booked.getOrDefault(s.getId(), 0L), smallest),
					shown(s.getKind(), noShows.getOrDefault(s.getId(), 0L), smallest)))
			.toList();
	}

	/**
	 * A count as a dashboard may show it: a private kind's below the smallest, hidden.
	 */
	static Long shown(ServiceKind kind, long count, int smallest) {
		return kind.isPrivate() && count < smallest ? null : count;
	}

	/**
	 * Whether the person gives the booked service or manages it; a counselling booking
	 * names a student's health care, so only its counsellor.
	 */
	boolean isProviderOrAdmin(CurrentUser by, Booking booking) {
		if (booking.getProviderId().equals(by.id())) {
			return true;
		}
		if (booking.getKind().isPrivate()) {
			return false;
		}
		return this.services.findById(booking.getServiceId())
			.map(s -> by.manages(s.getOrganisationPath()))
			.orElse(false);
	}

	boolean isOpenTo(CurrentUser user, CommunityService service) {
		if (!user.holds(Role.STUDENT)) {
			return false;
		}
		return service.isOpenTo(collegePath(user), this.halls.hallOf(user.id()).orElse(null));
	}

	/**
	 * Whether the account holds the role of service provider in the service's university.
	 */
	boolean isProviderOf(Long accountId, CommunityService service) {
		String universityPath = this.organisations.get(service.getUniversityId()).getPath();
		return this.accounts.find(accountId)
			.map(Account::getGrants)
			.orElse(List.of())
			.stream()
			.anyMatch(g -> g.role() == Role.SERVICE_PROVIDER && g.organisationPath() != null
					&& g.organisationPath().startsWith(universityPath));
	}

	String collegePath(CurrentUser student) {
		return student.organisationId() == null ? "-" : this.organisations.get(student.organisationId()).getPath();
	}

	static Long parseId(String field, String id) {
		try {
			return Ids.parse(id);
		}
		catch (RuntimeException ex) {
			throw FieldProblem.invalid(field, "onestop.id");
		}
	}

}
