package org.practica.club;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.directory.RoleGrant;
import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;
import org.practica.support.Ids;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clubs and the rules of their lives: who may apply and when, the founders and
 * instructors an application needs, the review chain of the federation and a university
 * admin, the public notice and probation, members and officers, and who sees what.
 */
@Service
@Transactional(readOnly = true)
public class Clubs {

	/** The staff roles an instructor holds in the club's university. */
	static final Set<Role> STAFF = EnumSet.of(Role.UNIVERSITY_ADMIN, Role.COLLEGE_ADMIN, Role.SERVICE_PROVIDER);

	private final ClubRepository clubs;

	private final ClubVersionRepository versions;

	private final ClubReviewRepository reviews;

	private final ClubInstructorRepository instructors;

	private final ClubMemberRepository members;

	private final RegistrationWindowRepository windows;

	private final ClubNoticeBoard noticeBoard;

	private final Accounts accounts;

	private final Organisations organisations;

	private final ClubSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Clubs(ClubRepository clubs, ClubVersionRepository versions, ClubReviewRepository reviews,
			ClubInstructorRepository instructors, ClubMemberRepository members, RegistrationWindowRepository windows,
			ClubNoticeBoard noticeBoard, Accounts accounts, Organisations organisations, ClubSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.clubs = clubs;
		this.versions = versions;
		this.reviews = reviews;
		this.instructors = instructors;
		this.members = members;
		this.windows = windows;
		this.noticeBoard = noticeBoard;
		this.accounts = accounts;
		this.organisations = organisations;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	// --- who is who ---

	/** Whether the person is a federation officer of the university. */
	public static boolean isFederation(CurrentUser user, Long universityId) {
		return user != null && (user.isPlatformAdmin() || user.grants()
			.stream()
			.anyMatch(g -> g.role() == Role.FEDERATION_OFFICER && universityId.equals(g.organisationId())));
	}

	/** Whether the person is an admin of the university (校团委), or the platform admin. */
	public static boolean isUniversityAdmin(CurrentUser user, String universityPath) {
		return user != null && user.manages(universityPath);
	}

	/**
	 * Whether the person oversees the university's clubs: its federation or its admins.
	 */
	public static boolean oversees(CurrentUser user, Club club) {
		return isFederation(user, club.getUniversityId()) || isUniversityAdmin(user, club.getUniversityPath());
	}

	/** The universities whose federation the person belongs to. */
	public List<Organisation> federations(CurrentUser user) {
		if (user == null) {
			return List.of();
		}
		if (user.isPlatformAdmin()) {
			return this.organisations.managed(user, OrganisationKind.UNIVERSITY);
		}
		List<Long> ids = user.grants()
			.stream()
			.filter(g -> g.role() == Role.FEDERATION_OFFICER)
			.map(RoleGrant::organisationId)
			.toList();
		List<Organisation> universities = new ArrayList<>(this.organisations.all(ids));
		// a university admin oversees the clubs of the university too
		universities.addAll(this.organisations.managed(user, OrganisationKind.UNIVERSITY)
			.stream()
			.filter(u -> !ids.contains(u.getId()))
			.toList());
		return universities;
	}

	/**
	 * Whether the person sees the club: everyone sees a registered one; an application, a
	 * returned, rejected or cancelled club only those who oversee it and the people on
	 * it.
	 */
	public boolean visible(CurrentUser user, Club club) {
		if (ClubStatus.PUBLIC.contains(club.getStatus())) {
			return true;
		}
		if (user == null) {
			return false;
		}
		return oversees(user, club) || involved(user, club);
	}

	private boolean involved(CurrentUser user, Club club) {
		if (user == null) {
			return false;
		}
		return club.getApplicantId().equals(user.id()) || this.members.live(club.getId(), user.id()).isPresent()
				|| this.instructors.findByClubIdAndAccountId(club.getId(), user.id()).isPresent();
	}

	/** The club if the person sees it; otherwise 404. */
	public Club get(CurrentUser user, Long id) {
		Club club = this.clubs.findById(id).orElseThrow(Problem::notFound);
		if (!visible(user, club)) {
			throw Problem.notFound();
		}
		return club;
	}

	/** The club, locked for a change, if the person sees it; otherwise 404. */
	private Club lock(CurrentUser user, Long id) {
		Club club = this.clubs.lockById(id).orElseThrow(Problem::notFound);
		if (!visible(user, club)) {
			throw Problem.notFound();
		}
		return club;
	}

	/** The person's live membership of the club, if any. */
	public Optional<ClubMember> membership(CurrentUser user, Club club) {
		return user == null ? Optional.empty() : this.members.live(club.getId(), user.id());
	}

	/** Whether the person holds an office of the club. */
	public boolean isOfficer(CurrentUser user, Club club) {
		return membership(user, club).map(ClubMember::isOfficer).orElse(false);
	}

	/** Whether the person is the club's president. */
	public boolean isPresident(CurrentUser user, Club club) {
		return membership(user, club).filter(ClubMember::isActive)
			.map(m -> m.getOffice() == Office.PRESIDENT)
			.orElse(false);
	}

	// --- registration windows ---

	/** The window of this kind of the university (not open when never set). */
	public RegistrationWindow window(Long universityId, RegistrationWindow.Kind kind) {
		return this.windows.findByUniversityIdAndKind(universityId, kind)
			.orElseGet(() -> new RegistrationWindow(universityId, kind));
	}

	/** Whether the university takes applications of this kind now. */
	public boolean isOpen(Long universityId, RegistrationWindow.Kind kind) {
		return window(universityId, kind).isOpenAt(this.clock.instant());
	}

	/**
	 * The federation sets when it takes applications of one kind: opens and closes at the
	 * given instants (either ahead, or none).
	 */
	@Transactional
	public RegistrationWindow schedule(CurrentUser user, Long universityId, RegistrationWindow.Kind kind,
			Instant opensAt, Instant closesAt) {
		RegistrationWindow window = federationWindow(user, universityId, kind);
		window.schedule(opensAt, closesAt);
		return saved(window);
	}

	/** The federation opens (until closed) or closes applications of one kind now. */
	@Transactional
	public RegistrationWindow openOrClose(CurrentUser user, Long universityId, RegistrationWindow.Kind kind,
			boolean open) {
		RegistrationWindow window = federationWindow(user, universityId, kind);
		if (open) {
			window.openNow(this.clock.instant());
		}
		else {
			window.closeNow(this.clock.instant());
		}
		return saved(window);
	}

	private RegistrationWindow saved(RegistrationWindow window) {
		RegistrationWindow saved = this.windows.save(window);
		this.events.publishEvent(new RegistrationScheduled(saved.getUniversityId(), saved.getKind(), saved.getOpensAt(),
				saved.getClosesAt()));
		return saved;
	}

	private RegistrationWindow federationWindow(CurrentUser user, Long universityId, RegistrationWindow.Kind kind) {
		Organisation university = university(universityId);
		if (!isFederation(user, university.getId()) && !isUniversityAdmin(user, university.getPath())) {
			throw Problem.notFound();
		}
		return window(university.getId(), kind);
	}

	/** The university with this id, or 404. */
	public Organisation university(Long id) {
		Organisation university = this.organisations.get(id);
		if (university.getKind() != OrganisationKind.UNIVERSITY) {
			throw Problem.notFound();
		}
		return university;
	}

	// --- registration ---

	/**
	 * A student applies to found a club at their university, while it takes new clubs.
	 * The founders (the applicant among them) are students of the university without a
	 * disciplinary record; the instructors are its staff, each asked to accept.
	 */
	@Transactional
	public Club apply(CurrentUser user, ClubApplication application) {
		if (!user.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		Organisation university;
		try {
			university = university(Ids.parse(application.universityId()));
		}
		catch (Problem ex) {
			throw FieldProblem.unprocessable("universityId", "club.university.unknown");
		}
		Account applicant = this.accounts.me(user);
		if (!studiesAt(applicant, university)) {
			throw FieldProblem.unprocessable("universityId", "club.university.not-yours");
		}
		if (!isOpen(university.getId(), RegistrationWindow.Kind.NEW)) {
			throw Problem.conflict("club.registration.closed");
		}
		checkNameFree(university.getId(), application.name(), null);
		List<Account> founders = founders(applicant, application.founderIds(), university);
		List<Account> staff = instructors(application.instructorIds(), university);
		Instant now = this.clock.instant();
		ClubVersion version = new ClubVersion(1, application.name(), application.category(), application.purpose(),
				application.charter(), user.id(), now);
		Club club = this.clubs.save(new Club(university.getId(), university.getPath(), version, user.id(), false, now));
		version.belongTo(club.getId());
		this.versions.save(version);
		for (Account founder : founders) {
			ClubMember member = new ClubMember(club.getId(), founder.getId(), ClubMember.Status.ACTIVE, true, now);
			if (founder.getId().equals(user.id())) {
				member.hold(Office.PRESIDENT);
			}
			this.members.save(member);
		}
		for (Account instructor : staff) {
			this.instructors.save(new ClubInstructor(club.getId(), instructor.getId(), now));
		}
		flushName(application.name());
		this.events.publishEvent(new ClubApplied(club.getId(), university.getId(), user.id(), club.getName()));
		return club;
	}

	/**
	 * A university admin records a club registered before the platform (from the paper
	 * records): it is active at once, its version approved, its instructors accepted and
	 * the first founder its president. No registration window or review applies; the
	 * founders and instructors are checked as for an application.
	 */
	@Transactional
	public Club recordExisting(CurrentUser user, ClubApplication application) {
		Organisation university = university(Ids.parse(application.universityId()));
		if (!isUniversityAdmin(user, university.getPath())) {
			throw Problem.notFound();
		}
		checkNameFree(university.getId(), application.name(), null);
		List<String> given = application.founderIds() == null ? List.of() : application.founderIds();
		if (given.isEmpty()) {
			throw FieldProblem.invalid("founderIds", "club.founders.too-few", 1, 0);
		}
		Account president = this.accounts.byId(parseAll(given.subList(0, 1))).get(parseOrNull(given.get(0)));
		if (president == null || !studiesAt(president, university)) {
			throw FieldProblem.unprocessable("founderIds[0]", "club.founder.not-student", given.get(0));
		}
		List<Account> founders = founders(president, given.subList(1, given.size()), university);
		List<Account> staff = instructors(application.instructorIds(), university);
		Instant now = this.clock.instant();
		ClubVersion version = new ClubVersion(1, application.name(), application.category(), application.purpose(),
				application.charter(), user.id(), now);
		Club club = this.clubs
			.save(new Club(university.getId(), university.getPath(), version, president.getId(), false, now));
		version.belongTo(club.getId());
		this.versions.save(version);
		club.recordActive(version, now);
		for (Account founder : founders) {
			ClubMember member = new ClubMember(club.getId(), founder.getId(), ClubMember.Status.ACTIVE, true, now);
			if (founder.getId().equals(president.getId())) {
				member.hold(Office.PRESIDENT);
			}
			this.members.save(member);
		}
		for (Account instructor : staff) {
			ClubInstructor invited = new ClubInstructor(club.getId(), instructor.getId(), now);
			invited.respond(true, now);
			this.instructors.save(invited);
		}
		flushName(application.name());
		this.events.publishEvent(new ClubActivated(club.getId(), university.getId()));
		return club;
	}

	/**
	 * The applicant changes a returned application and submits it again; the founders and
	 * instructors stay as they were.
	 */
	@Transactional
	public Club resubmit(CurrentUser user, Long id, ClubApplication application) {
		Club club = lock(user, id);
		if (!club.getApplicantId().equals(user.id())) {
			throw Problem.forbidden();
		}
		if (club.getStatus() != ClubStatus.RETURNED) {
			throw Problem.conflict("club.resubmit.not-returned");
		}
		checkNameFree(club.getUniversityId(), application.name(), club.getId());
		ClubVersion version = newVersion(club, application, user);
		club.resubmit(version, this.clock.instant());
		flushName(application.name());
		this.events.publishEvent(new ClubResubmitted(club.getId(), club.getUniversityId()));
		return club;
	}

	/**
	 * The president of a registered club asks to change its name, category, purpose or
	 * charter; the approved version stays public until the change is approved.
	 */
	@Transactional
	public ClubVersion proposeChange(CurrentUser user, Long id, ClubApplication application) {
		Club club = lock(user, id);
		if (!isPresident(user, club)) {
			throw Problem.forbidden();
		}
		if (!Club.nameKey(application.name()).equals(Club.nameKey(club.getName()))) {
			checkNameFree(club.getUniversityId(), application.name(), club.getId());
		}
		ClubVersion version = newVersion(club, application, user);
		club.proposeChange(version);
		this.events.publishEvent(new ClubChangeProposed(club.getId(), version.getId()));
		return version;
	}

	private ClubVersion newVersion(Club club, ClubApplication application, CurrentUser user) {
		int number = this.versions.findFirstByClubIdOrderByNumberDesc(club.getId()).getNumber() + 1;
		ClubVersion version = new ClubVersion(number, application.name(), application.category(), application.purpose(),
				application.charter(), user.id(), this.clock.instant());
		version.belongTo(club.getId());
		return this.versions.save(version);
	}

	private void checkNameFree(Long universityId, String name, Long exceptClubId) {
		String key = Club.nameKey(name);
		boolean taken = exceptClubId == null ? this.clubs.existsByUniversityIdAndNameKey(universityId, key)
				: this.clubs.existsByUniversityIdAndNameKeyAndIdNot(universityId, key, exceptClubId);
		if (taken) {
			throw FieldProblem.unprocessable("name", "club.name.taken", name.strip());
		}
	}

	/**
	 * Another application that took the name at the same moment: the unique key says so.
	 */
	private void flushName(String name) {
		try {
			this.clubs.flush();
		}
		catch (DataIntegrityViolationException ex) {
			throw FieldProblem.unprocessable("name", "club.name.taken", name.strip());
		}
	}

	boolean studiesAt(Account account, Organisation university) {
		if (!account.holds(Role.STUDENT) || account.getOrganisationId() == null) {
			return false;
		}
		return this.organisations.get(account.getOrganisationId()).getPath().startsWith(university.getPath());
	}

	/**
	 * The founders: the applicant and the students named, at least the configured number,
	 * each a student of the university without a disciplinary record. Every founder at
	 * fault is named.
	 */
	private List<Account> founders(Account applicant, List<String> founderIds, Organisation university) {
		List<String> given = founderIds == null ? List.of() : founderIds;
		List<FieldError> errors = new ArrayList<>();
		Set<Long> ids = new LinkedHashSet<>();
		ids.add(applicant.getId());
		Map<Long, Account> byId = this.accounts.byId(parseAll(given));
		for (int i = 0; i < given.size(); i++) {
			String field = "founderIds[" + i + "]";
			Long id = parseOrNull(given.get(i));
			Account account = id == null ? null : byId.get(id);
			if (account == null || !studiesAt(account, university)) {
				// nothing more is said of someone of another university than of no one
				errors.add(new FieldError(null, field, "club.founder.not-student", new Object[] { given.get(i) }));
			}
			else if (account.hasDisciplinaryFlag()) {
				errors.add(new FieldError(null, field, "club.founder.disciplinary",
						new Object[] { account.getDisplayName() }));
			}
			else {
				ids.add(account.getId());
			}
		}
		if (applicant.hasDisciplinaryFlag()) {
			errors.add(new FieldError(null, "founderIds", "club.founder.disciplinary",
					new Object[] { applicant.getDisplayName() }));
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, errors);
		}
		if (ids.size() < this.settings.minFounders()) {
			throw FieldProblem.unprocessable("founderIds", "club.founders.too-few", this.settings.minFounders(),
					ids.size());
		}
		Map<Long, Account> all = this.accounts.byId(ids);
		return ids.stream().map(all::get).toList();
	}

	/** The instructors: at least one, each a staff member of the university. */
	private List<Account> instructors(List<String> instructorIds, Organisation university) {
		List<String> given = instructorIds == null ? List.of() : instructorIds;
		if (given.isEmpty()) {
			throw FieldProblem.invalid("instructorIds", "club.instructors.required");
		}
		List<FieldError> errors = new ArrayList<>();
		Map<Long, Account> byId = this.accounts.byId(parseAll(given));
		Set<Long> seen = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			Long id = parseOrNull(given.get(i));
			Account account = id == null ? null : byId.get(id);
			if (account == null || !isStaffOf(account, university)) {
				errors.add(new FieldError(null, "instructorIds[" + i + "]", "club.instructor.not-staff",
						new Object[] { given.get(i) }));
			}
			else {
				seen.add(account.getId());
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.UNPROCESSABLE_CONTENT, errors);
		}
		return seen.stream().map(byId::get).toList();
	}

	static boolean isStaffOf(Account account, Organisation university) {
		return account.isEnabled() && account.getGrants()
			.stream()
			.anyMatch(g -> STAFF.contains(g.role()) && g.organisationPath() != null
					&& g.organisationPath().startsWith(university.getPath()));
	}

	private static List<Long> parseAll(Collection<String> ids) {
		return ids.stream().map(Clubs::parseOrNull).filter(java.util.Objects::nonNull).toList();
	}

	private static Long parseOrNull(String id) {
		try {
			return id == null ? null : Long.valueOf(id.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** An invited staff member accepts or declines instructing the club. */
	@Transactional
	public ClubInstructor answer(CurrentUser user, Long id, boolean accept) {
		Club club = get(user, id);
		ClubInstructor instructor = this.instructors.findByClubIdAndAccountId(club.getId(), user.id())
			.orElseThrow(Problem::notFound);
		instructor.respond(accept, this.clock.instant());
		this.events.publishEvent(new InstructorAnswered(club.getId(), user.id(), accept));
		return instructor;
	}

	// --- the review chain ---

	/**
	 * A decision on what awaits review (an application or a change): by a federation
	 * officer, then by a university admin. Approval of an application opens the public
	 * notice; return and reject need a comment.
	 */
	@Transactional
	public Club review(CurrentUser user, Long id, ReviewDecision decision, String comment) {
		Club club = lock(user, id);
		if (!oversees(user, club)) {
			// another university's federation learns nothing of it
			throw involved(user, club) ? Problem.forbidden() : Problem.notFound();
		}
		if (!club.awaitsReview()) {
			throw Problem.conflict("club.review.nothing");
		}
		ReviewStage stage = club.getReviewStage();
		boolean mayDecide = stage == ReviewStage.FEDERATION ? isFederation(user, club.getUniversityId())
				: isUniversityAdmin(user, club.getUniversityPath());
		if (!mayDecide) {
			throw Problem.conflict("club.review.stage." + stage);
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (decision != ReviewDecision.APPROVE && text == null) {
			throw FieldProblem.invalid("comment", "club.review.comment.required");
		}
		boolean change = club.reviewsChange();
		ClubVersion version = this.versions.findById(change ? club.getPendingVersionId() : latestVersion(club).getId())
			.orElseThrow();
		Instant now = this.clock.instant();
		if (decision == ReviewDecision.APPROVE && stage == ReviewStage.FEDERATION && !change
				&& this.instructors.findByClubIdOrderById(club.getId()).stream().noneMatch(ClubInstructor::accepted)) {
			throw Problem.conflict("club.review.no-instructor");
		}
		this.reviews.save(new ClubReview(club.getId(), version.getId(), stage, decision, text, user.id(), now));
		switch (decision) {
			case APPROVE -> {
				if (stage == ReviewStage.FEDERATION) {
					club.forward();
					this.events.publishEvent(new ClubForwarded(club.getId(), club.getUniversityId()));
				}
				else if (change) {
					checkNameFree(club.getUniversityId(), version.getName(), club.getId());
					ClubVersion previous = club.getApprovedVersionId() == null ? null
							: this.versions.findById(club.getApprovedVersionId()).orElse(null);
					club.approveChange(version, previous);
					this.events.publishEvent(new ClubChangeApproved(club.getId(), version.getId()));
				}
				else {
					ClubNoticeBoard.Opened notice = this.noticeBoard.open(club, now);
					club.approveRegistration(version, notice.noticeId(), notice.closesAt(), now);
					this.events.publishEvent(
							new ClubApproved(club.getId(), club.getUniversityId(), club.getName(), notice.closesAt()));
				}
			}
			case RETURN -> {
				if (change) {
					club.dropChange(version, false);
				}
				else {
					club.returnApplication(version, text, now);
				}
				this.events.publishEvent(new ClubReturned(club.getId(), stage, text));
			}
			case REJECT -> {
				if (change) {
					club.dropChange(version, true);
				}
				else {
					club.reject(version, text, now);
					endAll(club, ClubMember.EndReason.CLUB_CLOSED, now);
				}
				this.events.publishEvent(new ClubRejected(club.getId(), text));
			}
		}
		return club;
	}

	private ClubVersion latestVersion(Club club) {
		return this.versions.findFirstByClubIdOrderByNumberDesc(club.getId());
	}

	/** The notice ended without an upheld objection: probation starts now. */
	@Transactional
	public boolean noticeCleared(Long clubId) {
		Club club = this.clubs.lockById(clubId).orElseThrow(Problem::notFound);
		if (club.getStatus() != ClubStatus.NOTICE) {
			return false;
		}
		Instant now = this.clock.instant();
		Instant until = now.plus(this.settings.probation());
		club.startProbation(until, now);
		this.events.publishEvent(new ClubOnProbation(club.getId(), until));
		return true;
	}

	/** An objection to the new club was upheld: it is not registered. */
	@Transactional
	public boolean noticeUpheld(Long clubId, String reason) {
		Club club = this.clubs.lockById(clubId).orElseThrow(Problem::notFound);
		if (club.getStatus() != ClubStatus.NOTICE) {
			return false;
		}
		Instant now = this.clock.instant();
		club.refuseAfterNotice(reason, now);
		endAll(club, ClubMember.EndReason.CLUB_CLOSED, now);
		this.events.publishEvent(new ClubRejected(club.getId(), reason));
		return true;
	}

	/** The probation passed: the club is active (once, however many instances ask). */
	@Transactional
	public boolean activateIfDue(Long clubId) {
		Club club = this.clubs.lockById(clubId).orElseThrow(Problem::notFound);
		Instant now = this.clock.instant();
		if (club.getStatus() != ClubStatus.PROBATION || club.getProbationEndsAt().isAfter(now)) {
			return false;
		}
		club.activate(now);
		this.events.publishEvent(new ClubActivated(club.getId(), club.getUniversityId()));
		return true;
	}

	List<Long> probationsEnded() {
		return this.clubs.probationEndedBy(this.clock.instant());
	}

	/**
	 * Ends the memberships of students graduated by the school year that starts on the
	 * given day: one batch of memberships after the given id. Returns the last id looked
	 * at, or null when none are left. Clubs left without a president are flagged.
	 */
	@Transactional
	public Long sweepGraduates(int schoolYear, Long after, int batch) {
		List<ClubMember> live = this.members.liveAfter(after, org.springframework.data.domain.Limit.of(batch));
		if (live.isEmpty()) {
			return null;
		}
		Map<Long, Account> people = this.accounts.byId(live.stream().map(ClubMember::getAccountId).distinct().toList());
		for (ClubMember member : live) {
			Account account = people.get(member.getAccountId());
			if (account != null && account.getGraduationYear() != null && account.getGraduationYear() <= schoolYear) {
				Club club = this.clubs.lockById(member.getClubId()).orElseThrow();
				end(club, member, ClubMember.EndReason.GRADUATED);
			}
		}
		return live.size() < batch ? null : live.get(live.size() - 1).getId();
	}

	/** A federation officer or university admin cancels the club, with a reason. */
	@Transactional
	public Club cancel(CurrentUser user, Long id, String reason) {
		Club club = lock(user, id);
		if (!oversees(user, club)) {
			throw Problem.notFound();
		}
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "club.cancel.reason.required");
		}
		Instant now = this.clock.instant();
		club.cancel(reason.strip(), now);
		List<Long> officers = this.members.liveOf(club.getId())
			.stream()
			.filter(ClubMember::isOfficer)
			.map(ClubMember::getAccountId)
			.toList();
		endAll(club, ClubMember.EndReason.CLUB_CLOSED, now);
		this.events.publishEvent(new ClubCancelled(club.getId(), reason.strip(), officers));
		return club;
	}

	private void endAll(Club club, ClubMember.EndReason reason, Instant now) {
		for (ClubMember member : this.members.liveOf(club.getId())) {
			member.end(reason, now);
		}
	}

	// --- members and officers ---

	/**
	 * A student of the club's university joins it (or applies, where the club approves
	 * its members). Not while the club is on probation: it does not recruit publicly
	 * then.
	 */
	@Transactional
	public ClubMember join(CurrentUser user, Long id) {
		Club club = lock(user, id);
		if (!user.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		club.checkRecruiting();
		if (!studiesAt(this.accounts.me(user), university(club.getUniversityId()))) {
			throw Problem.unprocessable("club.join.other-university");
		}
		if (this.members.live(club.getId(), user.id()).isPresent()) {
			throw Problem.conflict("club.member.already");
		}
		ClubMember.Status status = club.isMembersNeedApproval() ? ClubMember.Status.PENDING : ClubMember.Status.ACTIVE;
		ClubMember member = this.members
			.save(new ClubMember(club.getId(), user.id(), status, false, this.clock.instant()));
		this.events.publishEvent(new ClubJoined(club.getId(), user.id(), status));
		return member;
	}

	/** An officer approves a student who applied to join. */
	@Transactional
	public ClubMember approveMember(CurrentUser user, Long id, Long accountId) {
		Club club = lock(user, id);
		if (!isOfficer(user, club) && !oversees(user, club)) {
			throw Problem.forbidden();
		}
		ClubMember member = this.members.live(club.getId(), accountId).orElseThrow(Problem::notFound);
		member.approve(this.clock.instant());
		this.events.publishEvent(new ClubJoined(club.getId(), accountId, ClubMember.Status.ACTIVE));
		return member;
	}

	/**
	 * A member leaves, or an officer (or the federation) removes a member or declines an
	 * applicant. A club left without its president is flagged to the federation.
	 */
	@Transactional
	public void remove(CurrentUser user, Long id, Long accountId) {
		Club club = lock(user, id);
		boolean self = user.id().equals(accountId);
		if (!self && !isOfficer(user, club) && !oversees(user, club)) {
			throw Problem.forbidden();
		}
		ClubMember member = this.members.live(club.getId(), accountId).orElseThrow(Problem::notFound);
		ClubMember.EndReason reason = self ? ClubMember.EndReason.LEFT : member.getStatus() == ClubMember.Status.PENDING
				? ClubMember.EndReason.DECLINED : ClubMember.EndReason.REMOVED;
		end(club, member, reason);
	}

	/** Ends a membership; a club left without a president is flagged. */
	void end(Club club, ClubMember member, ClubMember.EndReason reason) {
		boolean president = member.getOffice() == Office.PRESIDENT;
		member.end(reason, this.clock.instant());
		this.events.publishEvent(new ClubMembershipEnded(club.getId(), member.getAccountId(), reason));
		if (president && club.getStatus().isRegistered()) {
			this.members.flush();
			if (!this.members.hasPresident(club.getId())) {
				club.presidentMissing(true);
				this.events.publishEvent(new ClubLeftWithoutPresident(club.getId(), club.getUniversityId()));
			}
		}
	}

	/**
	 * The president (or the federation) gives a member an office, or takes it away
	 * (null). Giving the presidency hands it over: the president before becomes a member.
	 */
	@Transactional
	public ClubMember appoint(CurrentUser user, Long id, Long accountId, Office office) {
		Club club = lock(user, id);
		boolean federation = oversees(user, club);
		if (!federation && !isPresident(user, club)) {
			throw Problem.forbidden();
		}
		ClubMember member = this.members.live(club.getId(), accountId).orElseThrow(Problem::notFound);
		if (office == Office.PRESIDENT) {
			for (ClubMember other : this.members.liveOf(club.getId())) {
				if (other.getOffice() == Office.PRESIDENT && !other.getId().equals(member.getId())) {
					other.hold(null);
				}
			}
			club.presidentMissing(false);
		}
		else if (member.getOffice() == Office.PRESIDENT && !federation) {
			// the president hands over by naming another, never by leaving the office
			// empty
			throw Problem.conflict("club.officer.president-handover");
		}
		member.hold(office);
		if (office != Office.PRESIDENT && !this.members.hasPresident(club.getId())) {
			this.members.flush();
			if (!this.members.hasPresident(club.getId())) {
				club.presidentMissing(true);
			}
		}
		this.events.publishEvent(new ClubOfficerAppointed(club.getId(), accountId, office));
		return member;
	}

	/** The president chooses whether joining needs approval and who sees instructors. */
	@Transactional
	public Club settings(CurrentUser user, Long id, boolean membersNeedApproval, boolean instructorsPublic) {
		Club club = lock(user, id);
		if (!isPresident(user, club) && !oversees(user, club)) {
			throw Problem.forbidden();
		}
		club.settings(membersNeedApproval, instructorsPublic);
		return club;
	}

	/**
	 * The club's live members (waiting and active): to its members, instructors and those
	 * who oversee it.
	 */
	public List<ClubMember> members(CurrentUser user, Club club) {
		if (!mayListMembers(user, club)) {
			throw Problem.forbidden();
		}
		return this.members.liveOf(club.getId());
	}

	public boolean mayListMembers(CurrentUser user, Club club) {
		return user != null && (oversees(user, club) || membership(user, club).isPresent()
				|| this.instructors.findByClubIdAndAccountId(club.getId(), user.id()).isPresent());
	}

	/** The club's instructors that the person may see: the club chooses how public. */
	public List<ClubInstructor> instructors(CurrentUser user, Club club) {
		List<ClubInstructor> all = this.instructors.findByClubIdOrderById(club.getId());
		if (mayListMembers(user, club) || club.getApplicantId().equals(user == null ? null : user.id())) {
			return all;
		}
		return club.isInstructorsPublic() ? all.stream().filter(ClubInstructor::accepted).toList() : List.of();
	}

	/** The review history, to those who oversee the club and the applicant. */
	public List<ClubReview> history(CurrentUser user, Club club) {
		if (!oversees(user, club) && !involved(user, club)) {
			return List.of();
		}
		return this.reviews.findByClubIdOrderByReviewDecidedAtAscIdAsc(club.getId());
	}

	/** Every version of the club, to those who oversee it and its people. */
	public List<ClubVersion> versions(CurrentUser user, Club club) {
		if (!oversees(user, club) && !involved(user, club)) {
			return List.of();
		}
		return this.versions.findByClubIdOrderByNumber(club.getId());
	}

	/**
	 * The version the club shows: the approved one, or the applied one before approval.
	 */
	public ClubVersion shownVersion(Club club) {
		Long id = club.getApprovedVersionId();
		return id != null ? this.versions.findById(id).orElseThrow() : latestVersion(club);
	}

	/** The change waiting for review, if any. */
	public Optional<ClubVersion> pendingVersion(Club club) {
		return Optional.ofNullable(club.getPendingVersionId()).flatMap(this.versions::findById);
	}

	/**
	 * Finds clubs by text and category; registered ones only, unless the person oversees.
	 */
	public Page<Club> search(CurrentUser user, String q, ClubCategory category, ClubStatus status, Long universityId,
			Pageable pageable) {
		String like = q == null || q.isBlank() ? "%" : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
		Set<ClubStatus> statuses = EnumSet.copyOf(ClubStatus.PUBLIC);
		String path = "/";
		if (universityId != null) {
			Organisation university = university(universityId);
			path = university.getPath();
			if (isFederation(user, universityId) || isUniversityAdmin(user, path)) {
				statuses = EnumSet.allOf(ClubStatus.class);
			}
		}
		if (status != null) {
			if (!statuses.contains(status)) {
				return Page.empty(pageable);
			}
			statuses = EnumSet.of(status);
		}
		return this.clubs.search(statuses, path, category, like, pageable);
	}

	/** The clubs the student belongs to (waiting or active). */
	public List<Membership> clubsOf(Long accountId) {
		List<ClubMember> mine = this.members.liveFor(accountId);
		Map<Long, Club> byId = new java.util.HashMap<>();
		this.clubs.byIds(mine.stream().map(ClubMember::getClubId).toList()).forEach(c -> byId.put(c.getId(), c));
		return mine.stream().map(m -> new Membership(byId.get(m.getClubId()), m)).toList();
	}

	/** The clubs the staff member instructs or is invited to. */
	public List<Club> instructedBy(Long accountId) {
		List<ClubInstructor> mine = this.instructors.findByAccountIdOrderById(accountId)
			.stream()
			.filter(i -> i.getStatus() != ClubInstructor.Status.DECLINED)
			.toList();
		return this.clubs.byIds(mine.stream().map(ClubInstructor::getClubId).toList());
	}

	/** What awaits the federation or the university's admins at one stage. */
	public List<Club> awaiting(Long universityId, ReviewStage stage) {
		return this.clubs.awaiting(universityId, stage);
	}

	/** Every club of the university, for those who oversee it. */
	public List<Club> ofUniversity(CurrentUser user, Long universityId) {
		Organisation university = university(universityId);
		if (!isFederation(user, universityId) && !isUniversityAdmin(user, university.getPath())) {
			throw Problem.notFound();
		}
		return this.clubs.inUniversity(universityId);
	}

	/** The club, whoever asks: for naming it where it was already found visible. */
	Club clubById(Long id) {
		return this.clubs.findById(id).orElseThrow(Problem::notFound);
	}

	public Map<Long, Account> people(Collection<Long> ids) {
		return this.accounts.byId(ids);
	}

	/**
	 * A club and the student's membership of it.
	 *
	 * @param club the club
	 * @param member the membership
	 */
	public record Membership(Club club, ClubMember member) {
	}

}
