package org.practica.hours;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.signup.Signups;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;
import org.practica.support.UploadedFile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The hours ledger's rules. Attendance creates pending entries; the project's community
 * admins verify or dispute them and correct them with new entries; students back-fill
 * missed hours with evidence, within a yearly cap, verified by the community and then
 * approved by their university. Every step is a ledger line.
 */
@Service
@Transactional(readOnly = true)
public class Hours {

	private final HoursEntryRepository entries;

	private final HoursEvidenceRepository evidence;

	private final Ledger ledger;

	private final Projects projects;

	private final Accounts accounts;

	private final Organisations organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	private final BigDecimal backfillCap;

	private final BigDecimal step;

	private final BigDecimal plausiblePerDay;

	private final Signups signups;

	Hours(HoursEntryRepository entries, HoursEvidenceRepository evidence, Ledger ledger, Projects projects,
			Accounts accounts, Organisations organisations, Signups signups, ApplicationEventPublisher events,
			Clock clock, HoursSettings settings) {
		this.entries = entries;
		this.evidence = evidence;
		this.ledger = ledger;
		this.projects = projects;
		this.accounts = accounts;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock;
		this.zone = clock.getZone();
		this.backfillCap = settings.backfillCapPerYear();
		this.step = settings.step();
		this.plausiblePerDay = settings.plausiblePerDay();
		this.signups = signups;
	}

	/** A pending entry from a check-out: what attendance recorded. */
	@Transactional
	public HoursEntry recordAttendance(Long studentId, Long projectId, Long shiftId, LocalDate workDate,
			BigDecimal hours, String actor) {
		Project project = this.projects.find(projectId).orElseThrow(Problem::notFound);
		HoursEntry entry = create(
				new HoursEntry.NewEntry(studentId, projectId, shiftId, workDate, hours, HoursSource.ATTENDANCE, null,
						null, project.getCommunityPath(), project.getTeamPath(), studentPath(studentId)),
				actor, null);
		return entry;
	}

	/**
	 * A student asks for hours they served but that attendance did not record, with
	 * evidence.
	 */
	@Transactional
	public HoursEntry backfill(CurrentUser student, Long projectId, LocalDate date, BigDecimal hours, String reason,
			MultipartFile file) {
		if (!student.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
			throw FieldProblem.invalid("hours", "hours.range");
		}
		requireReason(reason);
		Project project = this.projects.get(student, projectId);
		// only on a project the student served: a confirmed place or an attendance; any
		// other is as unknown to this student as one that does not exist
		if (!this.signups.holdsConfirmedPlace(projectId, student.id()) && !this.entries
			.existsByProjectIdAndStudentIdAndSource(projectId, student.id(), HoursSource.ATTENDANCE)) {
			throw Problem.notFound();
		}
		LocalDate today = LocalDate.now(this.clock);
		if (date.isAfter(today)) {
			throw FieldProblem.unprocessable("date", "hours.backfill.future");
		}
		UploadedFile checked = UploadedFile.document(file, "evidence", "hours.evidence", "evidence");
		this.accounts.lock(student.id());
		LocalDate yearStart = date.withDayOfYear(1);
		BigDecimal already = this.entries.backfilledBetween(student.id(), yearStart,
				yearStart.plusYears(1).minusDays(1));
		if (already.add(hours).compareTo(this.backfillCap) > 0) {
			throw FieldProblem.unprocessable("hours", "hours.backfill.cap",
					this.backfillCap.stripTrailingZeros().toPlainString(),
					already.stripTrailingZeros().toPlainString());
		}
		HoursEntry entry = create(new HoursEntry.NewEntry(student.id(), projectId, null, date,
				hours.setScale(2, RoundingMode.HALF_UP), HoursSource.BACKFILL, reason.strip(), null,
				project.getCommunityPath(), project.getTeamPath(), studentPath(student.id())), student.getUsername(),
				checked.sha256());
		this.evidence.save(new HoursEvidence(entry.getId(), checked.fileName(), checked.contentType(), checked.sha256(),
				checked.bytes()));
		return entry;
	}

	/**
	 * The project's community records hours a student reported missing (a correction
	 * request, with the student's evidence if any): a back-fill, within the student's
	 * yearly cap, already verified by the community and so waiting for the student's
	 * university, as every back-fill does.
	 */
	@Transactional
	public HoursEntry backfillFor(CurrentUser by, Long studentId, Long projectId, LocalDate date, BigDecimal hours,
			String reason, UploadedFile evidence) {
		Project project = this.projects.find(projectId).orElseThrow(Problem::notFound);
		if (!by.manages(project.getCommunityPath())) {
			throw Problem.forbidden();
		}
		if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
			throw FieldProblem.invalid("hours", "hours.range");
		}
		requireReason(reason);
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw FieldProblem.unprocessable("date", "hours.backfill.future");
		}
		this.accounts.lock(studentId);
		LocalDate yearStart = date.withDayOfYear(1);
		BigDecimal already = this.entries.backfilledBetween(studentId, yearStart, yearStart.plusYears(1).minusDays(1));
		if (already.add(hours).compareTo(this.backfillCap) > 0) {
			throw FieldProblem.unprocessable("hours", "hours.backfill.cap",
					this.backfillCap.stripTrailingZeros().toPlainString(),
					already.stripTrailingZeros().toPlainString());
		}
		HoursEntry entry = create(new HoursEntry.NewEntry(studentId, projectId, null, date,
				hours.setScale(2, RoundingMode.HALF_UP), HoursSource.BACKFILL, reason.strip(), null,
				project.getCommunityPath(), project.getTeamPath(), studentPath(studentId)), by.getUsername(),
				evidence == null ? null : evidence.sha256());
		if (evidence != null) {
			this.evidence.save(new HoursEvidence(entry.getId(), evidence.fileName(), evidence.contentType(),
					evidence.sha256(), evidence.bytes()));
		}
		return verify(by, entry.getId());
	}

	/**
	 * Verifies an entry. The project's community admins verify; a back-fill the community
	 * has verified is then approved by an admin of the student's university, and only
	 * then counts.
	 */
	@Transactional
	public HoursEntry verify(CurrentUser by, Long id) {
		HoursEntry entry = visible(by, id);
		HoursEntry.Verification done = entry.verify(runsProjectOf(by, entry), managesUniversityOf(by, entry),
				this.clock.instant(), by.getUsername());
		this.ledger.moved(entry, done.name(), by.getUsername(), null);
		this.events.publishEvent((entry.getStatus() == HoursStatus.VERIFIED) ? HoursEntryVerified.of(entry)
				: new BackfillVerifiedByCommunity(entry.getId(), entry.getStudentId(), entry.getProjectId()));
		return entry;
	}

	/** Verifies several entries at once; each by the same rules, all or none. */
	@Transactional
	public List<HoursEntry> verifyAll(CurrentUser by, List<Long> ids) {
		List<HoursEntry> verified = new ArrayList<>();
		for (Long id : ids) {
			verified.add(verify(by, id));
		}
		return verified;
	}

	/**
	 * The community disputes an entry, with a reason; an admin of the student's
	 * university may also dispute a back-fill awaiting its approval.
	 */
	@Transactional
	public HoursEntry dispute(CurrentUser by, Long id, String reason) {
		HoursEntry entry = visible(by, id);
		if (!runsProjectOf(by, entry) && !universityMayDispute(by, entry)) {
			throw Problem.forbidden();
		}
		requireReason(reason);
		entry.dispute(reason.strip());
		this.ledger.moved(entry, "DISPUTED", by.getUsername(), "reason=" + reason.strip());
		this.events.publishEvent(new HoursEntryDisputed(entry.getId(), entry.getStudentId(), entry.getProjectId(),
				entry.getWorkDate(), entry.getHours(), entry.getDisputeReason()));
		return entry;
	}

	/** The university approves a back-fill after the community: it may refuse it too. */
	private boolean universityMayDispute(CurrentUser by, HoursEntry entry) {
		return entry.awaitsUniversity() && managesUniversityOf(by, entry);
	}

	/**
	 * Corrects an entry: a new pending entry with the right hours takes its place, and
	 * the old one is superseded. Nothing is edited.
	 */
	@Transactional
	public HoursEntry correct(CurrentUser by, Long id, BigDecimal hours, String reason) {
		HoursEntry old = visible(by, id);
		if (!runsProjectOf(by, old)) {
			throw Problem.forbidden();
		}
		if (old.isBackfill()) {
			// a correction is the community's word alone: for a back-fill it would skip
			// the university's approval
			throw Problem.conflict("hours.correct.backfill");
		}
		if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
			throw FieldProblem.invalid("hours", "hours.range");
		}
		requireReason(reason);
		boolean wasVerified = old.getStatus() == HoursStatus.VERIFIED;
		old.supersede();
		HoursEntry correction = create(new HoursEntry.NewEntry(old.getStudentId(), old.getProjectId(), old.getShiftId(),
				old.getWorkDate(), hours.setScale(2, RoundingMode.HALF_UP), HoursSource.CORRECTION, reason.strip(),
				old.getId(), old.getCommunityPath(), old.getTeamPath(), old.getStudentPath()), by.getUsername(), null);
		this.ledger.moved(old, "SUPERSEDED", by.getUsername(), "by=" + correction.getId());
		this.events.publishEvent(new HoursEntrySuperseded(old.getId(), correction.getId(), old.getStudentId(),
				old.getProjectId(), old.getWorkDate(), old.getHours(), old.getStudentPath(), old.getCommunityPath(),
				old.getTeamPath(), wasVerified));
		return correction;
	}

	/** A reason is given, and fits its column. */
	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "hours.reason.required");
		}
		if (reason.strip().length() > HoursEntry.REASON_MAX) {
			throw FieldProblem.invalid("reason", "hours.reason.too-long");
		}
	}

	private HoursEntry create(HoursEntry.NewEntry fields, String actor, String evidenceSha256) {
		HoursEntry entry = this.entries
			.save(new HoursEntry(this.entries.nextId(), fields, this.clock.instant(), actor));
		this.ledger.created(entry, actor, evidenceSha256);
		this.events.publishEvent(HoursEntryRecorded.of(entry));
		return entry;
	}

	/**
	 * The entry, if the person may see it: the student, the admins of the project's
	 * community or team, and the admins of the student's college and university.
	 */
	public HoursEntry visible(CurrentUser by, Long id) {
		HoursEntry entry = this.entries.findById(id).orElseThrow(Problem::notFound);
		if (!canSee(by, entry)) {
			throw Problem.notFound();
		}
		return entry;
	}

	private boolean canSee(CurrentUser by, HoursEntry entry) {
		return entry.getStudentId().equals(by.id()) || by.manages(entry.getCommunityPath())
				|| (entry.getTeamPath() != null && by.manages(entry.getTeamPath()))
				|| by.manages(entry.getStudentPath()) || this.projects.runsOwned(by, entry.getProjectId());
	}

	/**
	 * Whether the person verifies the entry's project: its community's admins, or whoever
	 * runs an owned project (a club's officers and instructors).
	 */
	private boolean runsProjectOf(CurrentUser by, HoursEntry entry) {
		return by.manages(entry.getCommunityPath()) || this.projects.runsOwned(by, entry.getProjectId());
	}

	private boolean managesUniversityOf(CurrentUser by, HoursEntry entry) {
		String universityPath = entry.getStudentPath().substring(0, entry.getStudentPath().indexOf('/', 1) + 1);
		return by.manages(universityPath) && by.grants()
			.stream()
			.anyMatch(g -> g.role() == Role.PLATFORM_ADMIN
					|| (g.role() == Role.UNIVERSITY_ADMIN && universityPath.equals(g.organisationPath())));
	}

	/** The entries the person may see, filtered by student and status, newest first. */
	public Page<HoursEntry> search(CurrentUser by, Long studentId, HoursStatus status, Pageable pageable) {
		return this.entries.findAll(HoursSearch.of(by, studentId, status), pageable);
	}

	/**
	 * What waits for this person's verification: pending entries of their communities,
	 * back-fill for their university.
	 */
	public List<HoursEntry> waitingFor(CurrentUser by) {
		return this.entries.findAll(HoursSearch.waitingFor(by)).stream().filter(e -> {
			if (e.awaitsUniversity()) {
				return managesUniversityOf(by, e);
			}
			return e.getStatus() == HoursStatus.PENDING && by.manages(e.getCommunityPath());
		}).toList();
	}

	/**
	 * What waits for verification in these projects that the person runs (a club's
	 * officers and instructors, for the club's activities): pending entries, back-fills
	 * that wait for the university left out. Entries of projects the person does not run
	 * are left out too.
	 */
	public List<HoursEntry> waitingInProjects(CurrentUser by, Collection<Long> projectIds) {
		if (projectIds.isEmpty()) {
			return List.of();
		}
		return this.entries.findByProjectIdInAndStatusOrderByRecordedAtAscIdAsc(projectIds, HoursStatus.PENDING)
			.stream()
			.filter(e -> !e.awaitsUniversity() && runsProjectOf(by, e))
			.toList();
	}

	/**
	 * What waits for the verification of the communities in a subtree the person manages:
	 * pending entries, back-fills the community has not verified included.
	 */
	public HoursWaiting waitingForCommunities(CurrentUser by, String communityPath) {
		requireManaged(by, communityPath);
		return HoursWaiting.of(this.entries.waitingForCommunity(communityPath).get(0));
	}

	/**
	 * Back-fills of the projects of the communities in a subtree the person manages that
	 * wait for the community's verification.
	 */
	public HoursWaiting backfillsForCommunities(CurrentUser by, String communityPath) {
		requireManaged(by, communityPath);
		return HoursWaiting
			.of(this.entries.backfillsOfCommunities(communityPath, BackfillStage.AWAITING_COMMUNITY).get(0));
	}

	/**
	 * Back-fills of the students of a university the person manages as its admin that the
	 * community has verified and that wait for the university's approval.
	 */
	public HoursWaiting backfillsForUniversity(CurrentUser by, String universityPath) {
		boolean approves = by.grants()
			.stream()
			.anyMatch(g -> g.role() == Role.PLATFORM_ADMIN
					|| (g.role() == Role.UNIVERSITY_ADMIN && universityPath.equals(g.organisationPath())));
		if (!approves) {
			throw Problem.forbidden();
		}
		return HoursWaiting
			.of(this.entries.backfillsOfStudents(universityPath, BackfillStage.AWAITING_UNIVERSITY).get(0));
	}

	private static void requireManaged(CurrentUser by, String path) {
		if (!by.manages(path)) {
			throw Problem.forbidden();
		}
	}

	/** The student's own hours served in the year: verified, and still waiting. */
	public YearHours year(CurrentUser student, int year) {
		Object[] sums = this.entries.sumsBetween(student.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.get(0);
		return new YearHours(new BigDecimal(sums[0].toString()), new BigDecimal(sums[1].toString()));
	}

	public List<HoursEntry> mine(CurrentUser student) {
		return this.entries.findByStudentIdOrderByWorkDateDescIdDesc(student.id());
	}

	/** The evidence of a back-fill, for whoever may see the entry. */
	public Optional<UploadedFile> evidence(CurrentUser by, Long id) {
		visible(by, id);
		return this.evidence.findById(id)
			.map(e -> new UploadedFile(e.getFileName(), e.getContentType(), e.getSha256(), e.getBytes()));
	}

	/**
	 * The student's verified hours on days within the period, one line per project, in
	 * order of first day.
	 */
	public List<VerifiedHours> verifiedFor(Long studentId, LocalDate from, LocalDate to) {
		Map<Long, VerifiedHours> byProject = new LinkedHashMap<>();
		for (HoursEntry e : this.entries.verifiedBetween(studentId, from, to)) {
			VerifiedHours line = byProject.get(e.getProjectId());
			if (line == null) {
				Project project = this.projects.find(e.getProjectId()).orElseThrow();
				byProject.put(e.getProjectId(), new VerifiedHours(project.getId(), project.getTitle(),
						project.getCommunityId(), e.getWorkDate(), e.getWorkDate(), e.getHours()));
			}
			else {
				byProject.put(e.getProjectId(),
						new VerifiedHours(line.projectId(), line.projectTitle(), line.communityId(), line.firstDay(),
								e.getWorkDate().isAfter(line.lastDay()) ? e.getWorkDate() : line.lastDay(),
								line.hours().add(e.getHours())));
			}
		}
		return List.copyOf(byProject.values());
	}

	/**
	 * Entries that have waited for the community's verification since before the given
	 * instant.
	 */
	/** The verified hours of each of these projects (projects without any left out). */
	public java.util.Map<Long, BigDecimal> verifiedByProject(java.util.Collection<Long> projectIds) {
		java.util.Map<Long, BigDecimal> sums = new java.util.HashMap<>();
		if (!projectIds.isEmpty()) {
			this.entries.verifiedByProject(projectIds).forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
		}
		return sums;
	}

	/**
	 * The verified hours of each student on the project, by student id; students without
	 * verified hours on it are left out.
	 */
	public Map<Long, BigDecimal> verifiedByStudent(Long projectId) {
		Map<Long, BigDecimal> sums = new LinkedHashMap<>();
		this.entries.verifiedByStudent(projectId).forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
		return sums;
	}

	/** Whether the student has any verified hours on the project. */
	public boolean hasVerifiedHours(Long projectId, Long studentId) {
		return this.entries.existsByProjectIdAndStudentIdAndStatus(projectId, studentId, HoursStatus.VERIFIED);
	}

	/** The students with any hours entry in each of these projects. */
	public java.util.Map<Long, java.util.Set<Long>> studentsByProject(java.util.Collection<Long> projectIds) {
		java.util.Map<Long, java.util.Set<Long>> students = new java.util.HashMap<>();
		if (!projectIds.isEmpty()) {
			this.entries.studentsByProject(projectIds)
				.forEach(row -> students.computeIfAbsent((Long) row[0], k -> new java.util.HashSet<>())
					.add((Long) row[1]));
		}
		return students;
	}

	/**
	 * What a verifier should look at twice in each of these entries (see
	 * {@link HoursEntry#flags}), by entry id; entries with nothing to look at are left
	 * out.
	 */
	public Map<Long, Set<HoursFlag>> flags(Collection<HoursEntry> entries) {
		Map<Long, Duration> shiftLengths = new HashMap<>();
		this.signups
			.findShifts(entries.stream().map(HoursEntry::getShiftId).filter(Objects::nonNull).distinct().toList())
			.forEach((shift) -> shiftLengths.put(shift.getId(),
					Duration.between(shift.getStartsAt(), shift.getEndsAt())));
		Map<Long, Set<HoursFlag>> flags = new HashMap<>();
		for (HoursEntry entry : entries) {
			Set<HoursFlag> found = entry.flags(this.plausiblePerDay,
					(entry.getShiftId() != null) ? shiftLengths.get(entry.getShiftId()) : null);
			if (!found.isEmpty()) {
				flags.put(entry.getId(), found);
			}
		}
		return flags;
	}

	/**
	 * The most hours anyone plausibly serves in one day: an entry with more is flagged.
	 */
	public BigDecimal plausiblePerDay() {
		return this.plausiblePerDay;
	}

	public List<HoursEntry> pendingSince(Instant before) {
		return this.entries.pendingSince(before);
	}

	/**
	 * The hours a check-out credits for this time served: rounded down to the configured
	 * step.
	 */
	public BigDecimal credited(Duration served) {
		return hours(served, this.step);
	}

	/**
	 * Hours rounded down to the step, from the overlap of an attendance with its shift.
	 */
	public static BigDecimal hours(Duration served, BigDecimal step) {
		BigDecimal exact = BigDecimal.valueOf(Math.max(0, served.toSeconds()))
			.divide(BigDecimal.valueOf(3600), 6, RoundingMode.DOWN);
		return exact.divide(step, 0, RoundingMode.DOWN).multiply(step).setScale(2, RoundingMode.DOWN);
	}

	private String studentPath(Long studentId) {
		Account student = this.accounts.find(studentId).orElseThrow(Problem::notFound);
		Organisation college = this.organisations.get(student.getOrganisationId());
		return college.getPath();
	}

}
