package org.practica.award;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
import org.practica.hours.HoursFigures;
import org.practica.hours.HoursScope;
import org.practica.notice.NewNotice;
import org.practica.notice.Notice;
import org.practica.notice.NoticeOutcome;
import org.practica.notice.NoticeState;
import org.practica.notice.Notices;
import org.practica.project.Project;
import org.practica.project.ProjectStatus;
import org.practica.project.Projects;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Award calls from opening to the awarded: who sees and acts on a call, nominations with
 * their evidence and machine-checked rules, the quota, the shortlist's public notice and
 * the final list (the shortlist less the subjects an objection was upheld against).
 */
@Service
@Transactional(readOnly = true)
public class AwardCalls {

	/** The notice owner kind of an award call's shortlist. */
	public static final String NOTICE_OWNER = "award-call";

	static final int DEFAULT_QUOTA = 3;

	static final int DEFAULT_NOTICE_DAYS = 5;

	private final AwardCallRepository calls;

	private final NominationRepository nominations;

	private final List<EvidenceSource> evidenceSources;

	private final AwardFigures figures;

	private final Organisations organisations;

	private final Accounts accounts;

	private final Projects projects;

	private final Notices notices;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ZoneId zone;

	AwardCalls(AwardCallRepository calls, NominationRepository nominations, List<EvidenceSource> evidenceSources,
			AwardFigures figures, Organisations organisations, Accounts accounts, Projects projects, Notices notices,
			ApplicationEventPublisher events, Clock clock) {
		this.calls = calls;
		this.nominations = nominations;
		this.evidenceSources = evidenceSources;
		this.figures = figures;
		this.organisations = organisations;
		this.accounts = accounts;
		this.projects = projects;
		this.notices = notices;
		this.events = events;
		this.clock = clock;
		this.zone = clock.getZone();
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/** Opens a call; by an admin of its organisation. */
	@Transactional
	public AwardCall create(CurrentUser by, AwardRequest request) {
		Organisation organisation;
		try {
			organisation = this.organisations.get(Long.valueOf(request.organisationId().strip()));
		}
		catch (NumberFormatException | Problem ex) {
			throw FieldProblem.invalid("organisationId", "award.organisation.unknown");
		}
		if (!by.manages(organisation)) {
			throw Problem.forbidden();
		}
		if (request.category() == AwardCategory.VOLUNTEER && request.minVerifiedHours() == null) {
			throw FieldProblem.invalid("minVerifiedHours", "award.hours.required");
		}
		AwardCall call = this.calls.save(new AwardCall(organisation, request, DEFAULT_QUOTA, DEFAULT_NOTICE_DAYS));
		this.events.publishEvent(new AwardCallOpened(call.getId(), organisation.getId(), organisation.getPath(),
				call.getYear(), call.getCategory(), call.getTitle()));
		return call;
	}

	/**
	 * Whether the person sees the call: admins of its organisation or above, and admins
	 * of organisations below it (who nominate).
	 */
	public boolean visible(CurrentUser by, AwardCall call) {
		return by != null && by.managedPaths()
			.stream()
			.anyMatch(p -> call.getOrganisationPath().startsWith(p) || p.startsWith(call.getOrganisationPath()));
	}

	/** Whether the person runs the call: an admin of its organisation or above. */
	public boolean manages(CurrentUser by, AwardCall call) {
		return by != null && by.manages(call.getOrganisationPath());
	}

	public AwardCall get(CurrentUser by, Long id) {
		AwardCall call = this.calls.findById(id).orElseThrow(Problem::notFound);
		if (!visible(by, call)) {
			throw Problem.notFound();
		}
		return call;
	}

	private AwardCall getManaged(CurrentUser by, Long id) {
		AwardCall call = get(by, id);
		if (!manages(by, call)) {
			throw Problem.forbidden();
		}
		return call;
	}

	/** The calls the person sees, newest first. */
	public List<AwardCall> listFor(CurrentUser by) {
		Map<Long, AwardCall> found = new LinkedHashMap<>();
		for (String path : by.managedPaths()) {
			this.calls.touching(path).forEach(c -> found.putIfAbsent(c.getId(), c));
		}
		return found.values()
			.stream()
			.sorted(Comparator.comparing(AwardCall::getYear).thenComparing(AwardCall::getId).reversed())
			.toList();
	}

	/**
	 * The nominations of a call the person sees: all for the call's admins, their own
	 * organisations' for the nominating admins.
	 */
	public List<Nomination> nominations(CurrentUser by, AwardCall call) {
		List<Nomination> all = this.nominations.findByCallIdOrderById(call.getId());
		if (manages(by, call)) {
			return all;
		}
		return all.stream().filter(n -> by.manages(n.getNominatingOrganisationPath())).toList();
	}

	/** The organisations below the call's that the person nominates for. */
	public List<Organisation> nominatingOrganisations(CurrentUser by, AwardCall call) {
		List<Organisation> found = new ArrayList<>();
		for (RoleGrant grant : by.grants()) {
			if (grant.role().manages() && grant.organisationId() != null && isBelow(grant.organisationPath(), call)) {
				found.add(this.organisations.get(grant.organisationId()));
			}
		}
		return found;
	}

	private static boolean isBelow(String path, AwardCall call) {
		return path != null && path.startsWith(call.getOrganisationPath()) && !path.equals(call.getOrganisationPath());
	}

	/**
	 * What the records say of a nominee for the call: evidence and every rule, without
	 * nominating. For whoever may nominate to the call; a nominee outside their subtree
	 * is not found (422).
	 */
	public Check check(CurrentUser by, Long callId, String nomineeId) {
		AwardCall call = get(by, callId);
		Nominator nominator = nominator(by, call, nomineeId);
		return new Check(call, nominator.nominee(), assess(call, nominator.nominee()));
	}

	/**
	 * Nominates to the call: by an admin of an organisation below the call's, of a
	 * nominee inside that organisation's subtree, while nominations are taken (409),
	 * within the organisation's quota (409), once per nominee (409), and only when every
	 * rule holds (422 naming the rule and the figure).
	 */
	@Transactional
	public Nomination nominate(CurrentUser by, Long callId, String nomineeId, String statement) {
		AwardCall call = this.calls.lock(callId).filter(c -> visible(by, c)).orElseThrow(Problem::notFound);
		if (statement != null && statement.strip().length() > Nomination.STATEMENT_MAX) {
			throw FieldProblem.invalid("statement", "award.statement.too-long", Nomination.STATEMENT_MAX);
		}
		Nominator nominator = nominator(by, call, nomineeId);
		call.requireNominationsOpen(today());
		if (this.nominations.existsByCallIdAndNomineeId(call.getId(), nominator.nominee().id())) {
			throw Problem.conflict("award.nomination.duplicate");
		}
		if (this.nominations.countByCallIdAndNominatingOrganisationId(call.getId(),
				nominator.organisation().getId()) >= call.getQuotaPerOrganisation()) {
			throw Problem.conflict("award.quota.reached", call.getQuotaPerOrganisation(),
					nominator.organisation().getName());
		}
		Assessment assessment = assess(call, nominator.nominee());
		if (!assessment.eligible()) {
			throw new FieldProblem(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT,
					assessment.failed()
						.stream()
						.map(c -> new FieldProblem.FieldError(null, "nomineeId", c.getMessageKey(), c.getArguments()))
						.toList());
		}
		Nomination nomination = this.nominations.save(new Nomination(call, nominator.nominee(),
				nominator.organisation().getId(), nominator.organisation().getPath(),
				statement == null || statement.isBlank() ? null : statement.strip(), assessment));
		this.events.publishEvent(new NominationSubmitted(nomination.getId(), call.getId(), nomination.getNomineeId(),
				nominator.organisation().getId(), call.getOrganisationPath()));
		return nomination;
	}

	/**
	 * The nominee, and the organisation below the call's that the person nominates it
	 * for: 403 for one who manages no organisation below the call's, 422 for a nominee
	 * that is not there or not inside their subtree.
	 */
	private Nominator nominator(CurrentUser by, AwardCall call, String nomineeId) {
		List<Organisation> mine = nominatingOrganisations(by, call);
		if (mine.isEmpty()) {
			throw Problem.forbidden();
		}
		Nominee nominee = nominee(call.getCategory(), nomineeId)
			.orElseThrow(() -> FieldProblem.unprocessable("nomineeId", "award.nominee.unknown"));
		for (Organisation organisation : mine) {
			if (nominee.inside(organisation.getPath()) || servedInside(call, nominee, organisation)) {
				return new Nominator(nominee, organisation);
			}
		}
		throw FieldProblem.unprocessable("nomineeId", "award.nominee.unknown");
	}

	/**
	 * A volunteer lies inside a locality's subtree when they served verified hours in its
	 * communities in the call's year.
	 */
	private boolean servedInside(AwardCall call, Nominee nominee, Organisation organisation) {
		return call.getCategory() == AwardCategory.VOLUNTEER && !organisation.getKind().isUniversitySide()
				&& this.figures
					.volunteer(nominee.id(), call.getYear(),
							new HoursScope(HoursScope.Side.COMMUNITY, organisation.getPath()))
					.verified()
					.signum() > 0;
	}

	Optional<Nominee> nominee(AwardCategory category, String text) {
		Long id;
		try {
			id = Long.valueOf(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return switch (category) {
			case VOLUNTEER -> this.accounts.find(id).filter(a -> a.holds(Role.STUDENT)).map(this::student);
			case ORGANISATION -> team(id);
			case PROJECT -> this.projects.find(id).map(this::project);
		};
	}

	private Nominee student(Account account) {
		Organisation college = this.organisations.get(account.getOrganisationId());
		return new Nominee(account.getId(), account.getDisplayName(), college.getPath(), null, college.getName());
	}

	private Optional<Nominee> team(Long id) {
		try {
			Organisation team = this.organisations.get(id);
			if (team.getKind() != OrganisationKind.TEAM) {
				return Optional.empty();
			}
			String parent = team.getParentId() == null ? null : this.organisations.get(team.getParentId()).getName();
			return Optional.of(new Nominee(team.getId(), team.getName(), team.getPath(), null, parent));
		}
		catch (Problem ex) {
			return Optional.empty();
		}
	}

	private Nominee project(Project project) {
		String path = project.getTeamPath() != null ? project.getTeamPath() : project.getCommunityPath();
		Long organisationId = project.getTeamId() != null ? project.getTeamId() : project.getCommunityId();
		return new Nominee(project.getId(), project.getTitle(), path, project.getCommunityPath(),
				this.organisations.get(organisationId).getName());
	}

	/** The evidence of every source, and every rule of the call checked. */
	Assessment assess(AwardCall call, Nominee nominee) {
		List<Evidence> evidence = new ArrayList<>();
		this.evidenceSources.forEach(s -> evidence.addAll(s.evidence(call, call.getCategory(), nominee)));
		List<RuleCheck> checks = new ArrayList<>();
		BigDecimal verified = BigDecimal.ZERO;
		switch (call.getCategory()) {
			case VOLUNTEER -> {
				HoursFigures.StudentHours year = this.figures.volunteer(nominee.id(), call.getYear(), null);
				verified = AwardFigures.halfHours(year.verified());
				BigDecimal min = call.getMinVerifiedHours();
				checks.add(new RuleCheck("hours", verified.compareTo(min) >= 0, AwardFigures.text(verified),
						AwardFigures.text(min)));
				checks.add(new RuleCheck("disputes", year.disputed() == 0, String.valueOf(year.disputed()), "0"));
			}
			case ORGANISATION -> {
				if (call.getMinActiveMonths() != null) {
					long months = this.figures.activeMonths(nominee.id());
					checks.add(new RuleCheck("months", months >= call.getMinActiveMonths(), String.valueOf(months),
							String.valueOf(call.getMinActiveMonths())));
				}
				if (call.getMinVerifiedHours() != null) {
					verified = this.figures.teamHours(nominee.path(), call.getYear());
					checks.add(new RuleCheck("team-hours", verified.compareTo(call.getMinVerifiedHours()) >= 0,
							AwardFigures.text(verified), AwardFigures.text(call.getMinVerifiedHours())));
				}
			}
			case PROJECT -> {
				Project project = this.projects.find(nominee.id()).orElseThrow();
				boolean completed = project.getStatus() == ProjectStatus.COMPLETED;
				Instant completedAt = (project.getCompletedAt() != null) ? project.getCompletedAt()
						: project.getUpdatedAt();
				int year = LocalDate.ofInstant(completedAt, this.zone).getYear();
				checks.add(new RuleCheck("completed", completed && year == call.getYear(),
						completed ? String.valueOf(year) : "-", String.valueOf(call.getYear())));
			}
		}
		return new Assessment(List.copyOf(evidence), List.copyOf(checks), verified);
	}

	/**
	 * Puts the chosen nominations on public notice for the call's working days; by the
	 * call's admins, once, after the nominations close is not required. Each subject
	 * publishes the nominee's name, organisation, verified hours and the category.
	 */
	@Transactional
	public Notice shortlist(CurrentUser by, Long callId, List<String> nominationIds) {
		AwardCall call = getManaged(by, callId);
		if (call.getNoticeId() != null) {
			throw Problem.conflict("award.shortlist.already");
		}
		if (nominationIds == null || nominationIds.isEmpty()) {
			throw FieldProblem.invalid("nominationIds", "award.shortlist.empty");
		}
		Set<Long> ids = new LinkedHashSet<>();
		for (String id : nominationIds) {
			try {
				ids.add(Long.valueOf(id.strip()));
			}
			catch (NumberFormatException | NullPointerException ex) {
				throw FieldProblem.unprocessable("nominationIds", "award.shortlist.unknown");
			}
		}
		List<Nomination> chosen = this.nominations.findByCallIdOrderById(call.getId())
			.stream()
			.filter(n -> ids.contains(n.getId()))
			.toList();
		if (chosen.size() != ids.size()) {
			throw FieldProblem.unprocessable("nominationIds", "award.shortlist.unknown");
		}
		List<NewNotice.Subject> subjects = chosen.stream()
			.map(n -> new NewNotice.Subject(n.noticeRef(), n.getNomineeName(),
					List.of(new NewNotice.Fact("award.fact.organisation",
							n.getNomineeOrganisation() == null ? "" : n.getNomineeOrganisation()),
							new NewNotice.Fact("award.fact.nominated-by",
									this.organisations.get(n.getNominatingOrganisationId()).getName()),
							new NewNotice.Fact("award.fact.category", "award.category." + call.getCategory()),
							new NewNotice.Fact("award.fact.hours", AwardFigures.text(n.getVerifiedHours())))))
			.toList();
		Notice notice = this.notices.open(new NewNotice(call.getOrganisationId(), NOTICE_OWNER, call.getId(),
				call.getTitle(), null, call.getNoticeDays(), subjects));
		chosen.forEach(Nomination::shortlist);
		call.shortlisted(notice.getId());
		this.calls.save(call);
		this.events.publishEvent(
				new ShortlistPublished(call.getId(), notice.getId(), chosen.stream().map(Nomination::getId).toList()));
		return notice;
	}

	/**
	 * Finalises the call: the shortlist less the nominations an objection was upheld
	 * against are awarded. 409 before the shortlist, while its notice runs, or while an
	 * objection is undecided. Once finalised, the same list again.
	 */
	@Transactional
	public List<Nomination> finalise(CurrentUser by, Long callId) {
		AwardCall call = getManaged(by, callId);
		if (call.isFinalised()) {
			return awarded(call);
		}
		if (call.getNoticeId() == null) {
			throw Problem.conflict("award.finalise.no-shortlist");
		}
		NoticeOutcome outcome = this.notices.outcome(call.getNoticeId());
		if (outcome.state() == NoticeState.RUNNING || outcome.state() == NoticeState.UPCOMING) {
			throw Problem.conflict("award.finalise.notice-running");
		}
		if (outcome.state() == NoticeState.AWAITING_DECISIONS) {
			throw Problem.conflict("award.finalise.objections-undecided", outcome.undecidedRefs().size());
		}
		Set<String> cleared = Set.copyOf(outcome.clearedRefs());
		List<Nomination> awarded = this.nominations.findByCallIdOrderById(call.getId())
			.stream()
			.filter(Nomination::isShortlisted)
			.filter(n -> cleared.contains(n.noticeRef()))
			.toList();
		awarded.forEach(Nomination::award);
		call.finalised(this.clock.instant());
		this.calls.save(call);
		this.events.publishEvent(new AwardCallFinalised(call.getId(), call.getOrganisationId(),
				awarded.stream().map(Nomination::getId).toList()));
		return awarded;
	}

	/** The awarded of a finalised call, in nomination order; none before. */
	public List<Nomination> awarded(AwardCall call) {
		return this.nominations.findByCallIdAndAwardedTrueOrderById(call.getId());
	}

	/** A finalised call; public, as its list of the awarded is. 404 otherwise. */
	public AwardCall finalisedCall(Long id) {
		return this.calls.findById(id).filter(AwardCall::isFinalised).orElseThrow(Problem::notFound);
	}

	/**
	 * The awards of finalised calls to nominees inside the subtree at this path (students
	 * of its colleges, its teams, its projects), newest call first.
	 */
	public List<Award> awardsInside(String path, int limit) {
		return toAwards(this.nominations.awardedInside(path, org.springframework.data.domain.Limit.of(limit)));
	}

	/** The awards to this nominee (a student, a team or a project) of finalised calls. */
	public List<Award> awardsOf(AwardCategory category, Long nomineeId) {
		return toAwards(this.nominations.awardedTo(nomineeId)).stream()
			.filter(a -> a.call().getCategory() == category)
			.toList();
	}

	private List<Award> toAwards(List<Nomination> awarded) {
		Map<Long, AwardCall> calls = new LinkedHashMap<>();
		this.calls.findAllById(awarded.stream().map(Nomination::getCallId).distinct().toList())
			.forEach(c -> calls.put(c.getId(), c));
		return awarded.stream()
			.map(n -> new Award(calls.get(n.getCallId()), n))
			.sorted(Comparator.comparing((Award a) -> a.call().getYear()).reversed())
			.toList();
	}

	/**
	 * An award: the call and the awarded nomination.
	 *
	 * @param call the call
	 * @param nomination the nomination
	 */
	public record Award(AwardCall call, Nomination nomination) {
	}

	/**
	 * A nominee checked against a call without nominating.
	 *
	 * @param call the call
	 * @param nominee the nominee
	 * @param assessment what the records say
	 */
	record Check(AwardCall call, Nominee nominee, Assessment assessment) {
	}

	private record Nominator(Nominee nominee, Organisation organisation) {
	}

}
