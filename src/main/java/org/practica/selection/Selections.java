package org.practica.selection;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;
import org.practica.support.FileStore;
import org.practica.support.Ids;
import org.practica.support.Problem;
import org.practica.support.UploadedFile;
import org.practica.support.UploadedImage;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Case selections: opening one, cases and their attachments, judges and their conflicts,
 * assignment, scores, closing with normalised results, and publishing into the library.
 * <p>
 * Who may do what. A selection is an open call: every signed-in person sees its title,
 * units, rubric and deadline, and an admin of any organisation may submit a case for an
 * organisation they manage (the national selection takes cases from every university and
 * district). A case before publication is seen only by the selection's admins (admins of
 * the selection's organisation or above it), the admins of the submitting organisation or
 * above it, and its assigned judges; to everyone else it is not found. A published case
 * is public.
 */
@Service
@Transactional(readOnly = true)
public class Selections {

	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");

	private final SelectionRepository selections;

	private final CaseRepository cases;

	private final AttachmentRepository attachments;

	private final JudgeRepository judges;

	private final ConflictRepository conflicts;

	private final AssignmentRepository assignments;

	private final ScoreRepository scores;

	private final Organisations organisations;

	private final Accounts accounts;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Selections(SelectionRepository selections, CaseRepository cases, AttachmentRepository attachments,
			JudgeRepository judges, ConflictRepository conflicts, AssignmentRepository assignments,
			ScoreRepository scores, Organisations organisations, Accounts accounts, FileStore files,
			ApplicationEventPublisher events, Clock clock) {
		this.selections = selections;
		this.cases = cases;
		this.attachments = attachments;
		this.judges = judges;
		this.conflicts = conflicts;
		this.assignments = assignments;
		this.scores = scores;
		this.organisations = organisations;
		this.accounts = accounts;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	public ZoneId zone() {
		return this.clock.getZone();
	}

	public Instant now() {
		return this.clock.instant();
	}

	// --- selections

	/**
	 * Opens a selection; the caller manages its organisation. Every bad field is named.
	 */
	@Transactional
	public Selection open(CurrentUser by, SelectionRequest request) {
		List<FieldError> errors = new ArrayList<>();
		Organisation organisation = organisation(request.organisationId(), "organisationId", errors);
		String title = request.title() == null ? "" : request.title().strip();
		if (title.isEmpty() || title.length() > 200) {
			errors.add(error("title", title.isEmpty() ? "selection.title.required" : "selection.title.too-long"));
		}
		List<Unit> units = new ArrayList<>();
		if (request.units() == null || request.units().isEmpty()) {
			errors.add(error("units", "selection.units.required"));
		}
		else {
			for (int i = 0; i < request.units().size(); i++) {
				Unit unit = unit(request.units().get(i));
				if (unit == null) {
					errors.add(error("units[" + i + "]", "selection.unit.unknown"));
				}
				else if (!units.contains(unit)) {
					units.add(unit);
				}
			}
		}
		List<RubricCriterion> criteria = new ArrayList<>();
		if (request.criteria() == null || request.criteria().isEmpty()) {
			errors.add(error("criteria", "selection.criteria.required"));
		}
		else {
			Set<String> codes = new HashSet<>();
			for (int i = 0; i < request.criteria().size(); i++) {
				SelectionRequest.CriterionRequest c = request.criteria().get(i);
				String field = "criteria[" + i + "].";
				if (c == null) {
					errors.add(error("criteria[" + i + "]", "selection.criterion.required"));
					continue;
				}
				boolean ok = true;
				if (c.code() == null || !CODE.matcher(c.code()).matches()) {
					errors.add(error(field + "code", "selection.criterion.code"));
					ok = false;
				}
				else if (!codes.add(c.code())) {
					errors.add(error(field + "code", "selection.criterion.code.duplicate"));
					ok = false;
				}
				if (c.name() == null || c.name().isBlank() || c.name().strip().length() > 100) {
					errors.add(error(field + "name", "selection.criterion.name"));
					ok = false;
				}
				if (c.weight() == null || c.weight().signum() <= 0
						|| c.weight().compareTo(new java.math.BigDecimal("100")) > 0 || c.weight().scale() > 2) {
					errors.add(error(field + "weight", "selection.criterion.weight"));
					ok = false;
				}
				if (c.max() == null || c.max() < 1 || c.max() > 100) {
					errors.add(error(field + "max", "selection.criterion.max"));
					ok = false;
				}
				if (ok) {
					criteria.add(new RubricCriterion(c.code(), c.name().strip(), c.weight(), c.max()));
				}
			}
		}
		if (request.judgesPerCase() == null || request.judgesPerCase() < 1 || request.judgesPerCase() > 20) {
			errors.add(error("judgesPerCase", "selection.judges-per-case"));
		}
		if (request.submissionsClose() == null) {
			errors.add(error("submissionsClose", "selection.submissions-close.required"));
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		Selection selection = this.selections.save(new Selection(organisation.getId(), organisation.getPath(), title,
				units, criteria, request.judgesPerCase(), request.submissionsClose().toInstant()));
		this.events.publishEvent(new SelectionOpened(selection.getId(), organisation.getId(), title));
		return selection;
	}

	private static FieldError error(String field, String key, Object... arguments) {
		return new FieldError(null, field, key, arguments);
	}

	private Organisation organisation(String id, String field, List<FieldError> errors) {
		if (id == null || id.isBlank()) {
			errors.add(error(field, "selection.organisation.required"));
			return null;
		}
		try {
			return this.organisations.get(Long.valueOf(id.strip()));
		}
		catch (NumberFormatException | Problem ex) {
			errors.add(error(field, "selection.organisation.unknown"));
			return null;
		}
	}

	static Unit unit(String name) {
		if (name == null) {
			return null;
		}
		try {
			return Unit.valueOf(name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Every selection, newest first: they are open calls. */
	public List<Selection> all() {
		return this.selections.findAll().stream().sorted(Comparator.comparing(Selection::getId).reversed()).toList();
	}

	/** The selection (any signed-in person sees an open call), or 404. */
	public Selection get(Long id) {
		return this.selections.findById(id).orElseThrow(Problem::notFound);
	}

	/** Whether the person runs the selection: an admin of its organisation or above. */
	public boolean manages(CurrentUser by, Selection selection) {
		return by != null && by.manages(selection.getOrganisationPath());
	}

	/** The selection to change: 403 unless the caller runs it. */
	public Selection getManaged(CurrentUser by, Long id) {
		Selection selection = get(id);
		if (!manages(by, selection)) {
			throw Problem.forbidden();
		}
		return selection;
	}

	public boolean isJudge(CurrentUser by, Selection selection) {
		return by != null && this.judges.findBySelectionIdAndAccountId(selection.getId(), by.id()).isPresent();
	}

	// --- cases

	/** Submits a case for an organisation the caller manages, before the deadline. */
	@Transactional
	public SelectionCase submit(CurrentUser by, Long selectionId, CaseRequest request) {
		Selection selection = get(selectionId);
		List<FieldError> errors = new ArrayList<>();
		Unit unit = unit(request.unit());
		if (unit == null || !selection.hasUnit(unit)) {
			errors.add(error("unit", "selection.case.unit"));
		}
		String title = strip(request.title());
		String summary = strip(request.summary());
		String body = strip(request.body());
		text("title", title, SelectionCase.TITLE_MAX, errors);
		text("summary", summary, SelectionCase.SUMMARY_MAX, errors);
		text("body", body, SelectionCase.BODY_MAX, errors);
		Organisation organisation = organisation(request.organisationId(), "organisationId", errors);
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		selection.checkSubmission(now());
		SelectionCase found = this.cases.save(new SelectionCase(selection, unit, title, summary, body,
				organisation.getId(), organisation.getPath(), now(), by.getUsername()));
		this.events.publishEvent(new CaseSubmitted(found.getId(), selection.getId(), organisation.getId(), title));
		return found;
	}

	private static String strip(String text) {
		return text == null ? "" : text.strip();
	}

	private static void text(String field, String text, int max, List<FieldError> errors) {
		if (text.isEmpty()) {
			errors.add(error(field, "selection.case." + field + ".required"));
		}
		else if (text.length() > max) {
			errors.add(error(field, "selection.case.too-long", max));
		}
	}

	/**
	 * Whether the person sees the case: published, or the selection's admin, an admin of
	 * the submitting organisation or above, or an assigned judge.
	 */
	public boolean sees(CurrentUser by, SelectionCase found) {
		if (found.isPublished()) {
			return true;
		}
		if (by == null) {
			return false;
		}
		return by.manages(found.getOrganisationPath()) || manages(by, get(found.getSelectionId()))
				|| this.assignments.existsByCaseIdAndJudgeAccountId(found.getId(), by.id());
	}

	/** The case, if the person sees it; otherwise 404. */
	public SelectionCase getCase(CurrentUser by, Long id) {
		SelectionCase found = this.cases.findById(id).orElseThrow(Problem::notFound);
		if (!sees(by, found)) {
			throw Problem.notFound();
		}
		return found;
	}

	/**
	 * The cases of a selection the person sees: all for its admins, the assigned ones for
	 * a judge, their organisations' own for other admins.
	 */
	public List<SelectionCase> casesFor(CurrentUser by, Selection selection) {
		if (manages(by, selection)) {
			return this.cases.findBySelectionIdOrderById(selection.getId());
		}
		Set<Long> assigned = new HashSet<>();
		this.assignments.findBySelectionIdAndJudgeAccountIdOrderByCaseId(selection.getId(), by.id())
			.forEach(a -> assigned.add(a.getCaseId()));
		Map<Long, SelectionCase> found = new LinkedHashMap<>();
		for (SelectionCase c : this.cases.findBySelectionIdOrderById(selection.getId())) {
			if (assigned.contains(c.getId()) || by.manages(c.getOrganisationPath())) {
				found.put(c.getId(), c);
			}
		}
		return List.copyOf(found.values());
	}

	/**
	 * Attaches a PDF, JPEG or PNG (by content) to a case; a photo is stored cleaned, with
	 * its metadata gone. The submitting organisation's admins, before the deadline.
	 */
	@Transactional
	public CaseAttachment attach(CurrentUser by, Long caseId, MultipartFile file) {
		SelectionCase found = getCase(by, caseId);
		if (!by.manages(found.getOrganisationPath())) {
			throw Problem.forbidden();
		}
		get(found.getSelectionId()).checkSubmission(now());
		UploadedFile upload = UploadedFile.document(file, "file", "selection.attachment", "attachment");
		byte[] bytes = upload.bytes();
		String type = upload.contentType();
		String extension = "pdf";
		if (!type.equals("application/pdf")) {
			UploadedImage image = UploadedImage.clean(file, "file", "selection.attachment");
			bytes = image.bytes();
			type = image.contentType();
			extension = image.extension();
		}
		String key = FileStore.newKey("selection", YearMonth.now(this.clock), extension);
		this.files.put(key, bytes);
		return this.attachments.save(new CaseAttachment(found.getId(), key, upload.fileName(), type, bytes.length,
				upload.sha256(), now(), by.getUsername()));
	}

	public List<CaseAttachment> attachments(SelectionCase found) {
		return this.attachments.findByCaseIdOrderById(found.getId());
	}

	/** An attachment's bytes, if the person sees its case; otherwise 404. */
	public AttachmentFile attachment(CurrentUser by, Long caseId, Long attachmentId) {
		SelectionCase found = getCase(by, caseId);
		CaseAttachment attachment = this.attachments.findById(attachmentId)
			.filter(a -> a.getCaseId().equals(found.getId()))
			.orElseThrow(Problem::notFound);
		byte[] bytes = this.files.get(attachment.getFileKey()).orElseThrow(Problem::notFound);
		return new AttachmentFile(attachment, bytes, found.isPublished());
	}

	/** An attachment with its bytes; {@code published} when anyone may fetch it. */
	public record AttachmentFile(CaseAttachment attachment, byte[] bytes, boolean published) {
	}

	// --- judges and conflicts

	/** Invites an account to judge; the caller runs the selection. */
	@Transactional
	public SelectionJudge invite(CurrentUser by, Long selectionId, String userId) {
		Selection selection = getManaged(by, selectionId);
		selection.checkOpen();
		Account account;
		try {
			account = this.accounts.find(Long.valueOf(userId == null ? "" : userId.strip()))
				.orElseThrow(Problem::notFound);
		}
		catch (NumberFormatException | Problem ex) {
			throw FieldProblem.invalid("userId", "selection.judge.unknown");
		}
		Optional<SelectionJudge> existing = this.judges.findBySelectionIdAndAccountId(selectionId, account.getId());
		if (existing.isPresent()) {
			return existing.get();
		}
		Long root = account.getOrganisationId() == null ? 0L
				: this.organisations.get(account.getOrganisationId()).rootId();
		SelectionJudge judge = this.judges
			.save(new SelectionJudge(selectionId, account.getId(), root, now(), by.getUsername()));
		this.events.publishEvent(new JudgeInvited(selectionId, account.getId()));
		return judge;
	}

	public List<SelectionJudge> judges(Selection selection) {
		return this.judges.findBySelectionIdOrderByAccountId(selection.getId());
	}

	/** A judge declares a conflict with an organisation (and everything under it). */
	@Transactional
	public SelectionConflict declareConflict(CurrentUser by, Long selectionId, String organisationId) {
		Selection selection = get(selectionId);
		if (!isJudge(by, selection)) {
			throw Problem.forbidden();
		}
		selection.checkOpen();
		List<FieldError> errors = new ArrayList<>();
		Organisation organisation = organisation(organisationId, "organisationId", errors);
		if (!errors.isEmpty()) {
			throw new FieldProblem(HttpStatus.BAD_REQUEST, errors);
		}
		if (this.conflicts.existsBySelectionIdAndJudgeAccountIdAndOrganisationId(selectionId, by.id(),
				organisation.getId())) {
			return this.conflicts.findBySelectionIdOrderById(selectionId)
				.stream()
				.filter(c -> c.getJudgeAccountId().equals(by.id())
						&& c.getOrganisationId().equals(organisation.getId()))
				.findFirst()
				.orElseThrow();
		}
		this.events.publishEvent(new ConflictDeclared(selectionId, by.id(), organisation.getId()));
		return this.conflicts
			.save(new SelectionConflict(selectionId, by.id(), organisation.getId(), organisation.getPath(), now()));
	}

	public List<SelectionConflict> conflicts(Selection selection) {
		return this.conflicts.findBySelectionIdOrderById(selection.getId());
	}

	/** Ends submissions now (the selection's admins), so that judging can start. */
	@Transactional
	public Selection endSubmissions(CurrentUser by, Long selectionId) {
		Selection selection = getManaged(by, selectionId);
		selection.endSubmissions(now());
		return selection;
	}

	// --- assignment

	/**
	 * Assigns judges to every case (see {@link JudgeAssignment}): after the deadline,
	 * before any score; again replaces the assignment. 422 when none satisfies the rules.
	 */
	@Transactional
	public Map<Long, List<Long>> assign(CurrentUser by, Long selectionId) {
		Selection selection = getManaged(by, selectionId);
		selection.assigned(now());
		if (this.scores.existsBySelectionId(selectionId)) {
			throw Problem.conflict("selection.assign.scored");
		}
		List<SelectionCase> all = this.cases.findBySelectionIdOrderById(selectionId);
		List<SelectionJudge> panel = judges(selection);
		List<SelectionConflict> declared = conflicts(selection);
		Map<Long, SelectionCase> byId = new HashMap<>();
		all.forEach(c -> byId.put(c.getId(), c));
		Map<Long, SelectionJudge> judgeById = new HashMap<>();
		panel.forEach(j -> judgeById.put(j.getAccountId(), j));
		Optional<Map<Long, List<Long>>> result = JudgeAssignment.assign(all.stream().map(SelectionCase::getId).toList(),
				panel.stream().map(SelectionJudge::getAccountId).toList(), selection.getJudgesPerCase(),
				(caseId, judgeId) -> allowed(byId.get(caseId), judgeById.get(judgeId), declared));
		if (result.isEmpty()) {
			throw Problem.unprocessable("selection.assign.impossible", all.size(), selection.getJudgesPerCase(),
					panel.size());
		}
		this.assignments.deleteBySelection(selectionId);
		this.assignments.flush();
		result.get()
			.forEach((caseId, judgeIds) -> judgeIds
				.forEach(j -> this.assignments.save(new CaseAssignment(selectionId, caseId, j))));
		this.events.publishEvent(new JudgesAssigned(selectionId, all.size(), panel.size()));
		return result.get();
	}

	/**
	 * Whether the judge may judge the case: not from the same tree (university or
	 * district), and no conflict declared with the submitting organisation or above it.
	 */
	static boolean allowed(SelectionCase found, SelectionJudge judge, List<SelectionConflict> declared) {
		if (found.rootId().equals(judge.getHomeRootId())) {
			return false;
		}
		return declared.stream()
			.noneMatch(
					c -> c.getJudgeAccountId().equals(judge.getAccountId()) && c.covers(found.getOrganisationPath()));
	}

	public List<CaseAssignment> assignments(Selection selection) {
		return this.assignments.findBySelectionIdOrderByCaseIdAscJudgeAccountIdAsc(selection.getId());
	}

	public List<CaseAssignment> assignmentsOf(Selection selection, Long judgeId) {
		return this.assignments.findBySelectionIdAndJudgeAccountIdOrderByCaseId(selection.getId(), judgeId);
	}

	// --- scores

	/**
	 * The case for its judge: 404 unless it is assigned to them (or otherwise visible).
	 */
	private SelectionCase assignedCase(CurrentUser by, Long caseId) {
		SelectionCase found = getCase(by, caseId);
		if (!this.assignments.existsByCaseIdAndJudgeAccountId(caseId, by.id())) {
			throw found.isPublished() || !sees(by, found) ? Problem.notFound() : Problem.forbidden();
		}
		return found;
	}

	/** An assigned judge scores a case: every criterion, within its maximum. */
	@Transactional
	public CaseScore score(CurrentUser by, Long caseId, Map<String, Integer> points, String comment) {
		SelectionCase found = assignedCase(by, caseId);
		Selection selection = get(found.getSelectionId());
		selection.checkOpen();
		double total = selection.total(points == null ? Map.of() : points);
		String text = comment == null ? null : comment.strip();
		if (text != null && text.length() > CaseScore.COMMENT_MAX) {
			throw FieldProblem.invalid("comment", "selection.score.comment.too-long", CaseScore.COMMENT_MAX);
		}
		CaseScore score = this.scores.findByCaseIdAndJudgeAccountId(caseId, by.id())
			.orElseGet(() -> new CaseScore(selection.getId(), caseId, by.id()));
		score.give(points, total, text == null || text.isEmpty() ? null : text, now());
		score = this.scores.save(score);
		this.events.publishEvent(new CaseScored(caseId, selection.getId(), by.id(), total));
		return score;
	}

	/** The caller's own score of the case, if saved. */
	public Optional<CaseScore> myScore(CurrentUser by, SelectionCase found) {
		return this.scores.findByCaseIdAndJudgeAccountId(found.getId(), by.id());
	}

	/**
	 * Every judge's score of the case: to the selection's admins; to an assigned judge
	 * only once their own is saved (403 before). Anyone else who sees the case: 403.
	 */
	public List<CaseScore> scores(CurrentUser by, Long caseId) {
		SelectionCase found = getCase(by, caseId);
		Selection selection = get(found.getSelectionId());
		if (!manages(by, selection)) {
			if (!this.assignments.existsByCaseIdAndJudgeAccountId(caseId, by.id())
					|| this.scores.findByCaseIdAndJudgeAccountId(caseId, by.id()).isEmpty()) {
				throw Problem.forbidden();
			}
		}
		return this.scores.findByCaseIdOrderByJudgeAccountId(caseId);
	}

	// --- close and publish

	/**
	 * Closes the selection: computes raw and normalised scores (see
	 * {@link ScoreNormalisation}), ranks the cases of each unit, and freezes it all.
	 */
	@Transactional
	public Map<Unit, List<SelectionCase>> close(CurrentUser by, Long selectionId) {
		Selection selection = getManaged(by, selectionId);
		selection.checkOpen();
		Results results = compute(selection);
		selection.close(now(), results.outcome().panelMean(), results.outcome().panelSd());
		for (SelectionJudge judge : judges(selection)) {
			ScoreNormalisation.JudgeFigures figures = results.outcome().judges().get(judge.getAccountId());
			if (figures != null) {
				judge.figures(figures);
			}
		}
		for (SelectionCase c : this.cases.findBySelectionIdOrderById(selectionId)) {
			ScoreNormalisation.CaseFigures figures = results.outcome().cases().get(c.getId());
			if (figures != null) {
				c.result(figures, results.ranks().get(c.getId()));
			}
		}
		this.events.publishEvent(new SelectionClosed(selectionId, results.outcome().cases().size()));
		return rankings(selection);
	}

	/** Computes the results again from the scores, without storing them. */
	public Results compute(Selection selection) {
		List<ScoreNormalisation.Total> totals = this.scores.findBySelectionIdOrderById(selection.getId())
			.stream()
			.map(s -> new ScoreNormalisation.Total(s.getJudgeAccountId(), s.getCaseId(), s.getTotal()))
			.toList();
		ScoreNormalisation.Outcome outcome = ScoreNormalisation.normalise(totals, selection.maxTotal());
		Map<Long, Integer> ranks = new HashMap<>();
		Map<Unit, List<ScoreNormalisation.CaseFigures>> byUnit = new LinkedHashMap<>();
		for (SelectionCase c : this.cases.findBySelectionIdOrderById(selection.getId())) {
			ScoreNormalisation.CaseFigures figures = outcome.cases().get(c.getId());
			if (figures != null) {
				byUnit.computeIfAbsent(c.getUnit(), u -> new ArrayList<>()).add(figures);
			}
		}
		byUnit.values().forEach(list -> ranks.putAll(ScoreNormalisation.rank(list)));
		return new Results(outcome, ranks);
	}

	/** What {@link #compute} finds: the figures and each case's rank in its unit. */
	public record Results(ScoreNormalisation.Outcome outcome, Map<Long, Integer> ranks) {
	}

	/**
	 * The frozen rankings per unit, best first (cases no judge scored last); 409 before
	 * close. The selection's admins only.
	 */
	public Map<Unit, List<SelectionCase>> rankings(CurrentUser by, Long selectionId) {
		Selection selection = getManaged(by, selectionId);
		if (!selection.isClosed()) {
			throw Problem.conflict("selection.rankings.open");
		}
		return rankings(selection);
	}

	private Map<Unit, List<SelectionCase>> rankings(Selection selection) {
		Map<Unit, List<SelectionCase>> rankings = new LinkedHashMap<>();
		selection.getUnits().forEach(u -> rankings.put(u, new ArrayList<>()));
		this.cases.findBySelectionIdOrderById(selection.getId())
			.forEach(c -> rankings.computeIfAbsent(c.getUnit(), u -> new ArrayList<>()).add(c));
		rankings.values()
			.forEach(list -> list.sort(Comparator
				.comparing((SelectionCase c) -> c.getUnitRank() == null ? Integer.MAX_VALUE : c.getUnitRank())
				.thenComparing(SelectionCase::getId)));
		return rankings;
	}

	/** Puts chosen cases of a closed selection into the public library. */
	@Transactional
	public List<SelectionCase> publish(CurrentUser by, Long selectionId, List<String> caseIds) {
		Selection selection = getManaged(by, selectionId);
		if (caseIds == null || caseIds.isEmpty()) {
			throw FieldProblem.invalid("caseIds", "selection.publish.required");
		}
		if (!selection.isClosed()) {
			throw Problem.conflict("selection.publish.not-closed");
		}
		List<SelectionCase> chosen = new ArrayList<>();
		for (String id : caseIds) {
			Long caseId;
			try {
				caseId = Long.valueOf(id == null ? "" : id.strip());
			}
			catch (NumberFormatException ex) {
				throw FieldProblem.invalid("caseIds", "selection.publish.unknown", id);
			}
			SelectionCase found = this.cases.findById(caseId)
				.filter(c -> c.getSelectionId().equals(selectionId))
				.orElseThrow(() -> FieldProblem.invalid("caseIds", "selection.publish.unknown", id));
			chosen.add(found);
		}
		for (SelectionCase found : chosen) {
			if (found.publish(selection, now())) {
				this.events.publishEvent(
						new CasePublished(found.getId(), selectionId, found.getOrganisationId(), found.getTitle()));
			}
		}
		return chosen;
	}

	/**
	 * The published cases of an organisation and everything under it, newest first, at
	 * most {@code limit} (for an organisation's dashboard; published cases are public).
	 */
	public List<SelectionCase> publishedOf(Long organisationId, int limit) {
		if (organisationId == null) {
			return List.of();
		}
		return publishedWithin(this.organisations.get(organisationId).getPath(), limit);
	}

	/** The published cases of an organisation's subtree, newest first. */
	public List<SelectionCase> publishedWithin(String organisationPath, int limit) {
		return this.cases.findPublishedWithin(organisationPath).stream().limit(limit).toList();
	}

	/** The names of these organisations, by id. */
	public Map<Long, String> organisationNames(java.util.Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.organisations.all(List.copyOf(new HashSet<>(ids))).forEach(o -> names.put(o.getId(), o.getName()));
		return names;
	}

	/** The display names of these accounts, by id. */
	public Map<Long, String> accountNames(java.util.Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		this.accounts.byId(ids).forEach((id, a) -> names.put(id, a.getDisplayName()));
		return names;
	}

	static Long id(String text) {
		return Ids.parse(text);
	}

}
