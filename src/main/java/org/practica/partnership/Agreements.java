package org.practica.partnership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.OrganisationKind;
import org.practica.directory.Organisations;
import org.practica.hours.Hours;
import org.practica.project.Project;
import org.practica.project.Projects;
import org.practica.signup.Signups;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;
import org.practica.support.UploadedFile;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Agreements and what hangs on them: who sees and acts on one, its life from draft to
 * end, its signed scans, the projects under it and their outcomes, and its practice
 * bases.
 */
@Service
@Transactional(readOnly = true)
public class Agreements {

	/** The largest signed scan accepted. */

	private final AgreementRepository agreements;

	private final AgreementRenewalRepository renewals;

	private final AgreementAttachmentRepository attachments;

	private final AgreementProjectRepository links;

	private final PracticeBaseRepository bases;

	private final Organisations organisations;

	private final Projects projects;

	private final Signups signups;

	private final Hours hours;

	private final Clock clock;

	private final ZoneId zone;

	Agreements(AgreementRepository agreements, AgreementRenewalRepository renewals,
			AgreementAttachmentRepository attachments, AgreementProjectRepository links, PracticeBaseRepository bases,
			Organisations organisations, Projects projects, Signups signups, Hours hours, Clock clock) {
		this.agreements = agreements;
		this.renewals = renewals;
		this.attachments = attachments;
		this.links = links;
		this.bases = bases;
		this.organisations = organisations;
		this.projects = projects;
		this.signups = signups;
		this.hours = hours;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Drafts an agreement; the caller manages one of the two parties. */
	@Transactional
	public Agreement create(CurrentUser by, AgreementRequest request) {
		Organisation universitySide = party(request.universitySideId(), "universitySideId");
		Organisation localSide = party(request.localSideId(), "localSideId");
		if (universitySide.getKind() != OrganisationKind.UNIVERSITY
				&& universitySide.getKind() != OrganisationKind.COLLEGE) {
			throw FieldProblem.invalid("universitySideId", "agreement.university-side.kind");
		}
		if (localSide.getKind().isUniversitySide()) {
			throw FieldProblem.invalid("localSideId", "agreement.local-side.kind");
		}
		if (!by.manages(universitySide) && !by.manages(localSide)) {
			throw Problem.forbidden();
		}
		return this.agreements.save(new Agreement(request.kind(), request.title().strip(), universitySide, localSide,
				request.startsOn(), request.endsOn()));
	}

	private Organisation party(String id, String field) {
		try {
			return this.organisations.get(Long.valueOf(id.strip()));
		}
		catch (NumberFormatException | Problem ex) {
			throw FieldProblem.invalid(field, "agreement.party.unknown");
		}
	}

	/**
	 * Whether the person sees the agreement: admins of either party or above it, and
	 * admins of organisations below either party.
	 */
	public boolean visible(CurrentUser by, Agreement agreement) {
		return by.managedPaths()
			.stream()
			.anyMatch(p -> agreement.getUniversitySidePath().startsWith(p) || agreement.getLocalSidePath().startsWith(p)
					|| p.startsWith(agreement.getUniversitySidePath()) || p.startsWith(agreement.getLocalSidePath()));
	}

	/** Whether the person acts on the agreement: it manages one of the parties. */
	public boolean manages(CurrentUser by, Agreement agreement) {
		return by.manages(agreement.getUniversitySidePath()) || by.manages(agreement.getLocalSidePath());
	}

	/** The agreement, if visible; otherwise 404. */
	public Agreement get(CurrentUser by, Long id) {
		Agreement agreement = this.agreements.findById(id).orElseThrow(Problem::notFound);
		if (!visible(by, agreement)) {
			throw Problem.notFound();
		}
		return agreement;
	}

	/** The agreement for a change: 404 when not visible, 403 when not a party's admin. */
	public Agreement getManaged(CurrentUser by, Long id) {
		Agreement agreement = get(by, id);
		if (!manages(by, agreement)) {
			throw Problem.forbidden();
		}
		return agreement;
	}

	/** The agreements the person sees, soonest end first, of one status or all. */
	public List<Agreement> listFor(CurrentUser by, AgreementStatus status) {
		LocalDate today = today();
		Map<Long, Agreement> found = new LinkedHashMap<>();
		by.managedPaths().forEach(p -> this.agreements.findTouching(p).forEach(a -> found.putIfAbsent(a.getId(), a)));
		return found.values()
			.stream()
			.filter(a -> status == null || a.status(today) == status)
			.sorted(Comparator.comparing(Agreement::getEndsOn).thenComparing(Agreement::getId))
			.toList();
	}

	/**
	 * The agreements in force that end within {@link Agreement#EXPIRING_DAYS} days, of a
	 * subtree the person manages (a party inside it or above it), soonest end first, at
	 * most {@code limit}.
	 */
	public List<Agreement> expiringFor(CurrentUser by, String path, int limit) {
		if (!by.manages(path)) {
			throw Problem.forbidden();
		}
		LocalDate today = today();
		return this.agreements
			.touchingEndingBetween(path, today, today.plusDays(Agreement.EXPIRING_DAYS), Limit.of(limit))
			.stream()
			.filter(a -> a.status(today) == AgreementStatus.EXPIRING)
			.toList();
	}

	/**
	 * Signs for the party the person is an admin of (the university side first, should it
	 * manage both and that side not have signed yet). The agreement comes into force once
	 * each party has signed, by two different people.
	 */
	@Transactional
	public Agreement sign(CurrentUser by, Long id, LocalDate signedOn, List<String> signatories) {
		Agreement agreement = getManaged(by, id);
		Agreement.Party party = partyOf(by, agreement);
		if (party == null) {
			throw Problem.conflict("agreement.sign.already");
		}
		Agreement.Party other = party == Agreement.Party.UNIVERSITY_SIDE ? Agreement.Party.LOCAL_SIDE
				: Agreement.Party.UNIVERSITY_SIDE;
		if (agreement.hasSigned(other) && by.getUsername().equals(agreement.signedBy(other))) {
			throw Problem.conflict("agreement.sign.other-party");
		}
		agreement.sign(party, signedOn, signatories == null ? List.of() : signatories, by.getUsername(), today());
		return agreement;
	}

	/**
	 * The party the person would sign for now: one it manages and that has not signed;
	 * {@code null} when there is none.
	 */
	public Agreement.Party partyOf(CurrentUser by, Agreement agreement) {
		if (by.manages(agreement.getUniversitySidePath()) && !agreement.hasSigned(Agreement.Party.UNIVERSITY_SIDE)) {
			return Agreement.Party.UNIVERSITY_SIDE;
		}
		if (by.manages(agreement.getLocalSidePath()) && !agreement.hasSigned(Agreement.Party.LOCAL_SIDE)) {
			return Agreement.Party.LOCAL_SIDE;
		}
		return null;
	}

	/**
	 * Whether the agreement awaits the signature of a party the person is an admin of.
	 */
	public boolean awaitsSignatureOf(CurrentUser by, Agreement agreement) {
		Agreement.Party awaited = agreement.awaitedParty();
		return awaited != null && by.manages(awaited == Agreement.Party.UNIVERSITY_SIDE
				? agreement.getUniversitySidePath() : agreement.getLocalSidePath());
	}

	@Transactional
	public Agreement renew(CurrentUser by, Long id, LocalDate endsOn) {
		Agreement agreement = getManaged(by, id);
		this.renewals.save(agreement.renew(endsOn, today(), by.getUsername(), this.clock.instant()));
		return agreement;
	}

	@Transactional
	public Agreement terminate(CurrentUser by, Long id, String reason) {
		Agreement agreement = getManaged(by, id);
		agreement.terminate(reason, today());
		return agreement;
	}

	public List<AgreementRenewal> renewals(Agreement agreement) {
		return this.renewals.findByAgreementIdOrderById(agreement.getId());
	}

	/**
	 * Attaches a signed scan: a PDF, JPEG or PNG by its content, whatever its name, of at
	 * most 10 MB.
	 */
	@Transactional
	public AgreementAttachment attach(CurrentUser by, Long id, MultipartFile file) {
		Agreement agreement = getManaged(by, id);
		UploadedFile scan = UploadedFile.document(file, "file", "agreement.file", "scan");
		return this.attachments.save(new AgreementAttachment(agreement.getId(), scan.fileName(), scan.contentType(),
				scan.sha256(), scan.bytes(), this.clock.instant(), by.getUsername()));
	}

	public List<AgreementAttachment> attachments(Agreement agreement) {
		return this.attachments.findByAgreementIdOrderById(agreement.getId());
	}

	public AgreementAttachment attachment(CurrentUser by, Long id, Long attachmentId) {
		Agreement agreement = get(by, id);
		return this.attachments.findByIdAndAgreementId(attachmentId, agreement.getId()).orElseThrow(Problem::notFound);
	}

	/**
	 * Links a project to an agreement in force whose university side holds the project's
	 * team (any team, for a project recruiting individuals) and whose locality side holds
	 * its community. By the project's admins.
	 */
	@Transactional
	public Agreement link(CurrentUser by, Long projectId, String agreementId) {
		Project project = this.projects.getManaged(by, projectId);
		Long id;
		try {
			id = Long.valueOf(agreementId.strip());
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw Problem.notFound();
		}
		// an agreement the caller may not see is not named nor confirmed: 404 as for none
		Agreement agreement = get(by, id);
		if (!agreement.status(today()).isInForce()) {
			throw FieldProblem.unprocessable("agreementId", "agreement.link.not-in-force");
		}
		if (!project.isRecruiting() && !agreement.universitySideContains(project.getTeamPath())) {
			throw FieldProblem.unprocessable("agreementId", "agreement.link.team-outside");
		}
		if (!agreement.localSideContains(project.getCommunityPath())) {
			throw FieldProblem.unprocessable("agreementId", "agreement.link.community-outside");
		}
		AgreementProject link = this.links.findById(project.getId()).orElse(null);
		if (link == null) {
			this.links
				.save(new AgreementProject(project.getId(), agreement.getId(), this.clock.instant(), by.getUsername()));
		}
		else {
			link.relink(agreement.getId(), this.clock.instant(), by.getUsername());
		}
		return agreement;
	}

	/**
	 * The active projects the person manages that could be linked to the agreement and
	 * are not yet under it.
	 */
	public List<Project> linkable(CurrentUser by, Agreement agreement) {
		if (!agreement.status(today()).isInForce()) {
			return List.of();
		}
		Set<Long> linked = new HashSet<>(
				this.links.findByAgreementId(agreement.getId()).stream().map(AgreementProject::getProjectId).toList());
		return this.projects.managedActive(by)
			.stream()
			.filter(p -> !linked.contains(p.getId()))
			.filter(p -> p.isRecruiting() || agreement.universitySideContains(p.getTeamPath()))
			.filter(p -> agreement.localSideContains(p.getCommunityPath()))
			.toList();
	}

	/** The projects under the agreement. */
	public List<Project> projects(Agreement agreement) {
		return this.projects
			.all(this.links.findByAgreementId(agreement.getId()).stream().map(AgreementProject::getProjectId).toList())
			.stream()
			.sorted(Comparator.comparing(Project::getId))
			.toList();
	}

	/**
	 * What the agreement produced: its projects, each with its students (signed up or
	 * with hours) and verified hours, and the totals (a student in two projects counts
	 * once).
	 */
	public Outcomes outcomes(Agreement agreement) {
		List<Project> projects = projects(agreement);
		List<Long> ids = projects.stream().map(Project::getId).toList();
		Map<Long, Set<Long>> signedUp = this.signups.studentsByProject(ids);
		Map<Long, Set<Long>> withHours = this.hours.studentsByProject(ids);
		Map<Long, BigDecimal> verified = this.hours.verifiedByProject(ids);
		Set<Long> allStudents = new HashSet<>();
		BigDecimal total = BigDecimal.ZERO;
		List<ProjectOutcome> rows = new ArrayList<>();
		for (Project project : projects) {
			Set<Long> students = new HashSet<>(signedUp.getOrDefault(project.getId(), Set.of()));
			students.addAll(withHours.getOrDefault(project.getId(), Set.of()));
			BigDecimal hours = verified.getOrDefault(project.getId(), BigDecimal.ZERO);
			allStudents.addAll(students);
			total = total.add(hours);
			rows.add(new ProjectOutcome(project, students.size(), hours));
		}
		return new Outcomes(rows, allStudents.size(), total);
	}

	/** Opens a practice base under an agreement in force; by a party's admin. */
	@Transactional
	public PracticeBase openBase(CurrentUser by, PracticeBaseRequest request) {
		requireAtMost("name", request.name(), PracticeBase.NAME_MAX, "practice-base.name.too-long");
		requireAtMost("address", request.address(), PracticeBase.ADDRESS_MAX, "practice-base.address.too-long");
		requireAtMost("contact", request.contact(), PracticeBase.CONTACT_MAX, "practice-base.contact.too-long");
		Long agreementId;
		try {
			agreementId = Long.valueOf(request.agreementId().strip());
		}
		catch (NumberFormatException ex) {
			throw Problem.notFound();
		}
		Agreement agreement = getManaged(by, agreementId);
		if (!agreement.status(today()).isInForce()) {
			throw Problem.conflict("practice-base.agreement.not-in-force");
		}
		return this.bases.save(new PracticeBase(agreement.getId(), request.name().strip(), request.address().strip(),
				request.latitude(), request.longitude(), request.capacity(),
				request.contact() == null || request.contact().isBlank() ? null : request.contact().strip()));
	}

	/** The page's form is not bean-validated: its texts must still fit their columns. */
	private static void requireAtMost(String field, String text, int max, String messageKey) {
		if (text != null && text.strip().length() > max) {
			throw FieldProblem.invalid(field, messageKey);
		}
	}

	public List<PracticeBase> bases(Agreement agreement) {
		return this.bases.findByAgreementIdInOrderByName(List.of(agreement.getId()));
	}

	/**
	 * The practice bases of the agreements the person sees (or of one of them), with
	 * their distance from a campus when one is chosen, nearest first.
	 */
	public List<BaseDistance> bases(CurrentUser by, Long agreementId, Long campusId) {
		List<Long> agreementIds = agreementId != null ? List.of(get(by, agreementId).getId())
				: listFor(by, null).stream().map(Agreement::getId).toList();
		List<PracticeBase> found = agreementIds.isEmpty() ? List.of()
				: this.bases.findByAgreementIdInOrderByName(agreementIds);
		if (campusId == null) {
			return found.stream().map(b -> new BaseDistance(b, null)).toList();
		}
		Organisation campus = this.organisations.get(campusId);
		if (!campus.hasPosition()) {
			throw FieldProblem.unprocessable("campusId", "practice-base.campus.no-position");
		}
		return found.stream()
			.map(b -> new BaseDistance(b, b.distanceKmFrom(campus.getLatitude(), campus.getLongitude())))
			.sorted(Comparator.comparing(BaseDistance::distanceKm))
			.toList();
	}

	/**
	 * The campuses a person may measure distances from: university-side organisations
	 * with a position.
	 */
	public List<Organisation> campuses(CurrentUser by) {
		Map<Long, Organisation> found = new LinkedHashMap<>();
		for (Agreement agreement : listFor(by, null)) {
			Organisation side = this.organisations.get(agreement.getUniversitySideId());
			if (side.hasPosition()) {
				found.putIfAbsent(side.getId(), side);
			}
		}
		this.organisations.managed(by, OrganisationKind.UNIVERSITY, OrganisationKind.COLLEGE)
			.stream()
			.filter(Organisation::hasPosition)
			.forEach(o -> found.putIfAbsent(o.getId(), o));
		return List.copyOf(found.values());
	}

	/** Signed agreements, not terminated, ending between the two days. */
	List<Agreement> signedEndingBetween(LocalDate from, LocalDate to) {
		return this.agreements.signedEndingBetween(from, to);
	}

	/**
	 * A project's outcome under an agreement.
	 *
	 * @param project the project
	 * @param students its students with sign-ups or hours
	 * @param verifiedHours its verified hours
	 */
	public record ProjectOutcome(Project project, int students, BigDecimal verifiedHours) {
	}

	/**
	 * What an agreement produced.
	 *
	 * @param projects each project's outcome
	 * @param students distinct students over all projects
	 * @param verifiedHours verified hours over all projects
	 */
	public record Outcomes(List<ProjectOutcome> projects, int students, BigDecimal verifiedHours) {
	}

	/**
	 * A practice base and its distance from a chosen campus.
	 *
	 * @param base the base
	 * @param distanceKm the distance in km, or null when no campus was chosen
	 */
	public record BaseDistance(PracticeBase base, Double distanceKm) {
	}

}
