package org.practica.record;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.hours.Hours;
import org.practica.hours.HoursEntry;
import org.practica.hours.HoursStatus;
import org.practica.project.Project;
import org.practica.project.Projects;
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
 * Volunteers' requests to correct their record (更正申请) and their answers. The entry's
 * student asks; the project's community admins answer within the configured days through
 * the hours ledger (a correction, or a back-fill for missing hours), or refuse with a
 * reason; a request left unanswered is raised to the street, or else the district, above
 * the community, whose admins manage the community and may answer it too. Every step is
 * an event: the volunteer is told of each after the commit.
 */
@Service
@Transactional(readOnly = true)
public class Corrections {

	private final CorrectionRequestRepository requests;

	private final Hours hours;

	private final Projects projects;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final int days;

	private final Accounts accounts;

	private final Organisations organisations;

	Corrections(CorrectionRequestRepository requests, Hours hours, Projects projects, ApplicationEventPublisher events,
			Clock clock, RecordSettings settings, Accounts accounts, Organisations organisations) {
		this.accounts = accounts;
		this.organisations = organisations;
		this.requests = requests;
		this.hours = hours;
		this.projects = projects;
		this.events = events;
		this.clock = clock;
		this.days = settings.correctionDays();
	}

	/**
	 * The entry's student asks for its hours to be corrected: 404 for anyone else, 409
	 * for a superseded entry or one with a request still open.
	 */
	@Transactional
	public CorrectionRequest ask(CurrentUser by, Long entryId, BigDecimal hours, String reason, MultipartFile file) {
		HoursEntry entry = this.hours.visible(by, entryId);
		if (!entry.getStudentId().equals(by.id())) {
			throw Problem.notFound();
		}
		BigDecimal asked = checkHours(hours, false);
		String why = checkReason(reason);
		UploadedFile evidence = evidence(file);
		if (entry.getStatus() == HoursStatus.SUPERSEDED) {
			throw Problem.conflict("record.correction.superseded");
		}
		// one open request per entry, also when two are sent at once
		this.accounts.lock(by.id());
		if (this.requests.existsByEntryIdAndStatusNot(entryId, CorrectionStatus.ANSWERED)) {
			throw Problem.conflict("record.correction.already-open");
		}
		return save(new CorrectionRequest.Asked(by.id(), entry.getId(), entry.getProjectId(), entry.getWorkDate(),
				entry.getHours(), asked, why), entry.getStudentPath(), entry.getCommunityPath(), evidence);
	}

	/**
	 * A student asks for hours missing from the ledger to be recorded, on a project they
	 * may see.
	 */
	@Transactional
	public CorrectionRequest askMissing(CurrentUser by, Long projectId, LocalDate date, BigDecimal hours, String reason,
			MultipartFile file) {
		if (!by.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		if (projectId == null) {
			throw FieldProblem.invalid("projectId", "record.correction.project-required");
		}
		Project project = this.projects.get(by, projectId);
		if (date == null) {
			throw FieldProblem.invalid("date", "record.correction.date-required");
		}
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw FieldProblem.invalid("date", "hours.backfill.future");
		}
		BigDecimal asked = checkHours(hours, true);
		String why = checkReason(reason);
		UploadedFile evidence = evidence(file);
		String studentPath = this.organisations.get(this.accounts.me(by).getOrganisationId()).getPath();
		return save(new CorrectionRequest.Asked(by.id(), null, project.getId(), date, null, asked, why), studentPath,
				project.getCommunityPath(), evidence);
	}

	private CorrectionRequest save(CorrectionRequest.Asked asked, String studentPath, String communityPath,
			UploadedFile evidence) {
		LocalDate today = LocalDate.now(this.clock);
		CorrectionRequest request = this.requests.save(new CorrectionRequest(asked, studentPath, communityPath,
				evidence, this.clock.instant(), today.plusDays(this.days)));
		this.events.publishEvent(new CorrectionRequested(request.getId(), request.getStudentId(), communityPath,
				request.getWorkDate(), request.getAskedHours(), request.getDueOn()));
		return request;
	}

	/**
	 * Answers a request: {@code CORRECTED} with the hours (the ledger's correction,
	 * verified by the answering community admin), {@code BACKFILLED} with the hours (a
	 * back-fill, which the student's university then approves), or {@code REFUSED} with a
	 * reason. Only the admins over the project's community (its own, and after the
	 * deadline the street's or district's) answer; anyone else is told it does not exist.
	 */
	@Transactional
	public CorrectionRequest answer(CurrentUser by, Long id, CorrectionAnswer answer, BigDecimal hours, String reason) {
		CorrectionRequest request = this.requests.findForUpdate(id).orElseThrow(Problem::notFound);
		if (!by.manages(request.getCommunityPath())) {
			throw Problem.notFound();
		}
		if (answer == null) {
			throw FieldProblem.invalid("decision", "record.correction.decision-required");
		}
		request.checkAnswerable(answer);
		Long result = null;
		BigDecimal answered = null;
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		switch (answer) {
			case CORRECTED -> {
				answered = checkHours(hours == null ? request.getAskedHours() : hours, false);
				String note = why != null ? why : request.getReason();
				HoursEntry correction = this.hours.correct(by, request.getEntryId(), answered, note);
				result = this.hours.verify(by, correction.getId()).getId();
			}
			case BACKFILLED -> {
				answered = checkHours(hours == null ? request.getAskedHours() : hours, true);
				result = this.hours
					.backfillFor(by, request.getStudentId(), request.getProjectId(), request.getWorkDate(), answered,
							why != null ? why : request.getReason(), request.evidence())
					.getId();
			}
			case REFUSED -> why = checkReason(reason);
		}
		if (why != null && why.length() > CorrectionRequest.REASON_MAX) {
			throw FieldProblem.invalid("reason", "record.correction.reason-too-long");
		}
		request.answer(answer, answered, why, result, by.getUsername(), this.clock.instant());
		this.events.publishEvent(new CorrectionAnswered(request.getId(), request.getStudentId(), answer, answered,
				request.getAnswerReason()));
		return request;
	}

	/**
	 * Raises every request unanswered past its deadline to the street above its community
	 * (or the district, for a community straight under one); returns how many.
	 */
	@Transactional
	public int escalateOverdue() {
		LocalDate today = LocalDate.now(this.clock);
		int raised = 0;
		for (Long id : this.requests.findOverdue(today)) {
			CorrectionRequest request = this.requests.findForUpdate(id).orElseThrow();
			if (!request.isOverdue(today)) {
				continue;
			}
			String above = parent(request.getCommunityPath());
			request.escalate(above, this.clock.instant());
			this.events.publishEvent(new CorrectionEscalated(request.getId(), request.getStudentId(), above));
			raised++;
		}
		return raised;
	}

	/**
	 * The path of the organisation above the one at this path: {@code /1/2/3/} →
	 * {@code /1/2/}.
	 */
	static String parent(String path) {
		int cut = path.lastIndexOf('/', path.length() - 2);
		return cut <= 0 ? path : path.substring(0, cut + 1);
	}

	/** The request, for its student and the admins over its community or student. */
	public CorrectionRequest get(CurrentUser by, Long id) {
		CorrectionRequest request = this.requests.findById(id).orElseThrow(Problem::notFound);
		if (!by.id().equals(request.getStudentId()) && !by.manages(request.getCommunityPath())
				&& !by.manages(request.getStudentPath())) {
			throw Problem.notFound();
		}
		return request;
	}

	/** The evidence of a request, for whoever may see it. */
	public UploadedFile evidence(CurrentUser by, Long id) {
		UploadedFile evidence = get(by, id).evidence();
		if (evidence == null) {
			throw Problem.notFound();
		}
		return evidence;
	}

	/** The person's own requests, newest first. */
	public List<CorrectionRequest> mine(CurrentUser by) {
		return this.requests.findByStudentIdOrderByRequestedAtDescIdDesc(by.id());
	}

	/** A student's requests, for the student or an admin over them. */
	public List<CorrectionRequest> of(Long studentId) {
		return this.requests.findByStudentIdOrderByRequestedAtDescIdDesc(studentId);
	}

	/**
	 * The requests to answer: those of the communities the person manages (a street's or
	 * district's admin sees its communities', escalated ones among them), open first.
	 */
	public Page<CorrectionRequest> toAnswer(CurrentUser by, Pageable pageable) {
		List<String> paths = by.managedPaths();
		if (paths.isEmpty()) {
			return Page.empty(pageable);
		}
		return this.requests.findOfCommunities(paths.get(0), pageable);
	}

	private static BigDecimal checkHours(BigDecimal hours, boolean positive) {
		if (hours == null) {
			throw FieldProblem.invalid("hours", "record.correction.hours-required");
		}
		if ((positive ? hours.signum() <= 0 : hours.signum() < 0) || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
			throw FieldProblem.invalid("hours", "hours.range");
		}
		return hours.setScale(2, RoundingMode.HALF_UP);
	}

	private static String checkReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "record.correction.reason-required");
		}
		if (reason.strip().length() > CorrectionRequest.REASON_MAX) {
			throw FieldProblem.invalid("reason", "record.correction.reason-too-long");
		}
		return reason.strip();
	}

	private static UploadedFile evidence(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return null;
		}
		return UploadedFile.document(file, "evidence", "hours.evidence", "evidence");
	}

}
