package org.practica.club;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.practica.directory.CurrentUser;
import org.practica.directory.Role;
import org.practica.evaluation.Ratings;
import org.practica.hours.Hours;
import org.practica.notice.NewNotice;
import org.practica.notice.Notice;
import org.practica.notice.Notices;
import org.practica.outcome.OutcomeReports;
import org.practica.project.Project;
import org.practica.project.ProjectStatus;
import org.practica.support.FieldProblem;
import org.practica.support.Problem;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a club stands from year to year: its annual review (年审) and the federation's
 * decision, its star rating computed from its record (every point explained) and the
 * federation's adjustment, the cancellation of a dormant club after a public notice, a
 * student's takeover of one, and suspension.
 */
@Service
@Transactional(readOnly = true)
public class ClubStandings {

	/** The notice owner kind of a dormant club's cancellation proposal. */
	static final String DORMANT_NOTICE = "club-dormant";

	/** Notices are published in the platform's default language. */
	private static final Locale NOTICE_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final Clubs clubs;

	private final ClubRepository clubRepository;

	private final ClubMemberRepository members;

	private final AnnualReviewRepository reviews;

	private final RatingAdjustmentRepository adjustments;

	private final ClubTakeoverRepository takeovers;

	private final SpendingRepository spending;

	private final ClubActivities activities;

	private final Hours hours;

	private final OutcomeReports outcomes;

	private final Ratings ratings;

	private final Notices notices;

	private final MessageSource messages;

	private final ClubSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ClubStandings(Clubs clubs, ClubRepository clubRepository, ClubMemberRepository members,
			AnnualReviewRepository reviews, RatingAdjustmentRepository adjustments, ClubTakeoverRepository takeovers,
			SpendingRepository spending, ClubActivities activities, Hours hours, OutcomeReports outcomes,
			Ratings ratings, Notices notices, MessageSource messages, ClubSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.clubs = clubs;
		this.clubRepository = clubRepository;
		this.members = members;
		this.reviews = reviews;
		this.adjustments = adjustments;
		this.takeovers = takeovers;
		this.spending = spending;
		this.activities = activities;
		this.hours = hours;
		this.outcomes = outcomes;
		this.ratings = ratings;
		this.notices = notices;
		this.messages = messages;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	// --- annual review ---

	/**
	 * An officer files the club's report of a year: a registered club, while the
	 * federation's renewal window is open (when the federation has set one), one waiting
	 * or approved filing a year.
	 */
	@Transactional
	public AnnualReview file(CurrentUser user, Long clubId, Integer year, String report) {
		Club club = this.clubRepository.lockById(clubId).orElseThrow(Problem::notFound);
		if (!this.clubs.visible(user, club)) {
			throw Problem.notFound();
		}
		if (!this.clubs.isOfficer(user, club)) {
			throw Problem.forbidden();
		}
		if (year == null || year < 2000 || year > LocalDate.now(this.clock).getYear()) {
			throw FieldProblem.invalid("year", "club.annual-review.year");
		}
		if (report == null || report.isBlank()) {
			throw FieldProblem.invalid("report", "club.annual-review.report.required");
		}
		if (report.strip().length() > 8000) {
			throw FieldProblem.invalid("report", "club.annual-review.report.long");
		}
		if (!club.getStatus().isRegistered()) {
			throw Problem.conflict("club.annual-review.not-registered");
		}
		RegistrationWindow window = this.clubs.window(club.getUniversityId(), RegistrationWindow.Kind.RENEWAL);
		if ((window.getOpensAt() != null || window.getClosesAt() != null) && !window.isOpenAt(this.clock.instant())) {
			throw Problem.conflict("club.annual-review.window-closed");
		}
		boolean taken = this.reviews.findByClubIdAndYearOrderByIdDesc(club.getId(), year)
			.stream()
			.anyMatch(r -> r.getStatus() != AnnualReview.Status.RETURNED);
		if (taken) {
			throw Problem.conflict("club.annual-review.already");
		}
		AnnualReview review = this.reviews
			.save(new AnnualReview(club.getId(), year, report.strip(), user.id(), this.clock.instant()));
		this.events.publishEvent(new AnnualReviewFiled(club.getId(), review.getId(), year));
		return review;
	}

	/**
	 * The federation approves a filing, or returns it with a comment to be filed again.
	 * Another university's federation learns nothing of it (404).
	 */
	@Transactional
	public AnnualReview decide(CurrentUser user, Long reviewId, boolean approve, String comment) {
		AnnualReview review = this.reviews.findById(reviewId).orElseThrow(Problem::notFound);
		Club club = overseen(user, review.getClubId());
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (!approve && text == null) {
			throw FieldProblem.invalid("comment", "club.review.comment.required");
		}
		if (approve) {
			review.approve(user.id(), text, this.clock.instant());
		}
		else {
			review.returnWith(user.id(), text, this.clock.instant());
		}
		this.events.publishEvent(
				new AnnualReviewDecided(club.getId(), review.getId(), review.getYear(), review.getStatus(), text));
		return review;
	}

	/** The club's filings, latest first: to its members, instructors and overseers. */
	public List<AnnualReview> reviewsOf(CurrentUser user, Club club) {
		if (!this.clubs.mayListMembers(user, club)) {
			throw Problem.notFound();
		}
		return this.reviews.findByClubIdOrderByYearDescIdDesc(club.getId());
	}

	/** The filings that wait for the federation of these universities' clubs. */
	public List<AnnualReview> waiting(List<Long> clubIds) {
		return clubIds.isEmpty() ? List.of()
				: this.reviews.findByStatusAndClubIdInOrderByFiledAt(AnnualReview.Status.FILED, clubIds);
	}

	/** The filings of these clubs that were returned (the latest of each year). */
	public List<AnnualReview> returned(Long clubId) {
		Map<Integer, AnnualReview> latest = new java.util.LinkedHashMap<>();
		for (AnnualReview review : this.reviews.findByClubIdOrderByYearDescIdDesc(clubId)) {
			latest.putIfAbsent(review.getYear(), review);
		}
		return latest.values().stream().filter(r -> r.getStatus() == AnnualReview.Status.RETURNED).toList();
	}

	// --- rating ---

	/**
	 * The club's star rating of a year, computed from its record: every item's points
	 * explained, the total their sum, and the stars the total reaches; with the
	 * federation's adjustment beside it, if any.
	 */
	public ClubRating rating(CurrentUser user, Long clubId, int year, Locale locale) {
		Club club = this.clubs.get(user, clubId);
		if (year < 2000 || year > LocalDate.now(this.clock).getYear()) {
			throw FieldProblem.invalid("year", "club.annual-review.year");
		}
		return rating(club, year, locale);
	}

	ClubRating rating(Club club, int year, Locale locale) {
		ClubSettings.Rating weights = this.settings.rating();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		List<Project> held = this.activities.of(club)
			.stream()
			.filter(p -> p.getStatus() != ProjectStatus.CANCELLED)
			.filter(p -> !p.getStartDate().isBefore(from) && !p.getStartDate().isAfter(to))
			.toList();
		List<Long> projectIds = held.stream().map(Project::getId).toList();
		Set<Long> everMembers = new HashSet<>(this.members.accountsOf(club.getId()));
		List<ClubRating.Item> items = new ArrayList<>();

		int activityCount = held.size();
		items.add(item("ACTIVITIES", Math.min(activityCount, weights.activityCap()) * weights.pointsPerActivity(),
				locale, activityCount, String.valueOf(year), weights.pointsPerActivity(), weights.activityCap()));

		Set<Long> attending = new HashSet<>();
		this.hours.studentsByProject(projectIds).values().forEach(attending::addAll);
		attending.retainAll(everMembers);
		items.add(item("MEMBERS", Math.min(attending.size(), weights.memberCap()) * weights.pointsPerMember(), locale,
				attending.size(), weights.pointsPerMember(), weights.memberCap()));

		BigDecimal verified = BigDecimal.ZERO;
		for (Long projectId : projectIds) {
			for (Map.Entry<Long, BigDecimal> e : this.hours.verifiedByStudent(projectId).entrySet()) {
				if (everMembers.contains(e.getKey())) {
					verified = verified.add(e.getValue());
				}
			}
		}
		int units = verified.divide(BigDecimal.valueOf(weights.hoursUnit()), 0, RoundingMode.DOWN).intValue();
		items.add(item("HOURS", units * weights.pointsPerHoursUnit(), locale, verified.stripTrailingZeros(),
				weights.pointsPerHoursUnit(), weights.hoursUnit()));

		long reports = this.outcomes.publishedCount(projectIds, from, to);
		items.add(
				item("OUTCOMES", (int) Math.min(reports, weights.outcomeReportCap()) * weights.pointsPerOutcomeReport(),
						locale, reports, weights.pointsPerOutcomeReport(), weights.outcomeReportCap()));

		ZoneId zone = this.clock.getZone();
		List<Spending> lines = this.spending.findByClubIdOrderBySeq(club.getId())
			.stream()
			.filter(s -> LocalDate.ofInstant(s.getRecordedAt(), zone).getYear() == year)
			.toList();
		long withReceipt = lines.stream().filter(s -> s.getReceiptSha256() != null).count();
		BigDecimal spent = lines.stream().map(Spending::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
		boolean reviewLate = LocalDate.now(this.clock).isAfter(to)
				&& this.reviews.findByClubIdAndYearOrderByIdDesc(club.getId(), year)
					.stream()
					.noneMatch(r -> r.getStatus() != AnnualReview.Status.RETURNED);
		boolean compliant = !lines.isEmpty() && withReceipt == lines.size() && !reviewLate;
		String fundDetail = lines.isEmpty() ? "club.rating.detail.FUND.none"
				: reviewLate ? "club.rating.detail.FUND.late" : "club.rating.detail.FUND";
		items.add(new ClubRating.Item("FUND", label("FUND", locale), compliant ? weights.fundCompliancePoints() : 0,
				message(fundDetail, locale, lines.size(), withReceipt, spent.setScale(2).toPlainString(),
						String.valueOf(year), weights.fundCompliancePoints())));

		Ratings.Received received = this.ratings.receivedByHosts(projectIds);
		if (received.count() == 0) {
			items.add(new ClubRating.Item("RATINGS", label("RATINGS", locale), 0,
					message("club.rating.detail.RATINGS.none", locale, String.valueOf(year))));
		}
		else if (received.count() < weights.ratingsMinimum()) {
			items.add(new ClubRating.Item("RATINGS", label("RATINGS", locale), 0,
					message("club.rating.detail.RATINGS.few", locale, received.count(), weights.ratingsMinimum())));
		}
		else {
			int points = received.average()
				.multiply(BigDecimal.valueOf(weights.pointsPerRatingScore()))
				.setScale(0, RoundingMode.DOWN)
				.intValue();
			items.add(item("RATINGS", points, locale, received.count(), received.average().toPlainString(),
					weights.pointsPerRatingScore(), weights.ratingsMinimum()));
		}

		int total = items.stream().mapToInt(ClubRating.Item::points).sum();
		int stars = 1;
		for (Integer threshold : weights.starThresholds()) {
			if (total >= threshold) {
				stars++;
			}
		}
		Optional<RatingAdjustment> adjustment = this.adjustments.findByClubIdAndYearOrderByIdDesc(club.getId(), year)
			.stream()
			.findFirst();
		return new ClubRating(club.getId(), year, stars, total, items, adjustment.orElse(null),
				weights.starThresholds());
	}

	private ClubRating.Item item(String code, int points, Locale locale, Object... arguments) {
		return new ClubRating.Item(code, label(code, locale), points,
				message("club.rating.detail." + code, locale, arguments));
	}

	private String label(String code, Locale locale) {
		return message("club.rating.item." + code, locale);
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * The federation sets the year's star grade in place of the computed one, saying why.
	 */
	@Transactional
	public RatingAdjustment adjust(CurrentUser user, Long clubId, Integer year, Integer stars, String reason) {
		Club club = overseen(user, clubId);
		if (year == null || year < 2000 || year > LocalDate.now(this.clock).getYear()) {
			throw FieldProblem.invalid("year", "club.annual-review.year");
		}
		if (stars == null || stars < 1 || stars > 5) {
			throw FieldProblem.invalid("stars", "club.rating.stars.range");
		}
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "club.rating.reason.required");
		}
		RatingAdjustment adjustment = this.adjustments
			.save(new RatingAdjustment(club.getId(), year, stars, reason.strip(), user.id(), this.clock.instant()));
		this.events.publishEvent(new ClubRatingAdjusted(club.getId(), year, stars, reason.strip()));
		return adjustment;
	}

	// --- dormancy, takeover, suspension ---

	/**
	 * The active clubs with no activity, service hours or spending for the configured
	 * time and no cancellation proposal yet.
	 */
	List<Long> dormant() {
		Instant now = this.clock.instant();
		Instant since = now.minus(this.settings.dormantAfter());
		LocalDate sinceDay = LocalDate.ofInstant(since, this.clock.getZone());
		List<Long> dormant = new ArrayList<>();
		for (Club club : this.clubRepository.activeWithoutProposal()) {
			if (club.getStatusChangedAt().isAfter(since) || club.getCreatedAt().isAfter(since)) {
				continue;
			}
			LocalDate today = LocalDate.now(this.clock);
			// hours are served in its activities: an activity's days cover them
			boolean active = this.activities.of(club)
				.stream()
				.filter(p -> p.getStatus() != ProjectStatus.CANCELLED && !p.getStartDate().isAfter(today))
				.anyMatch(p -> !p.getEndDate().isBefore(sinceDay));
			boolean spent = this.spending.findByClubIdOrderBySeq(club.getId())
				.stream()
				.anyMatch(s -> s.getRecordedAt().isAfter(since));
			if (!active && !spent) {
				dormant.add(club.getId());
			}
		}
		return dormant;
	}

	/**
	 * Proposes a dormant club's cancellation: a public notice opens; when it ends the
	 * club is cancelled unless a takeover was approved or an objection upheld. Returns
	 * whether it was proposed (a second call finds it proposed and does nothing).
	 */
	@Transactional
	public boolean proposeCancellation(Long clubId) {
		Club club = this.clubRepository.lockById(clubId).orElseThrow(Problem::notFound);
		if (club.getStatus() != ClubStatus.ACTIVE || club.isProposedForCancellation()) {
			return false;
		}
		Instant now = this.clock.instant();
		String months = String.valueOf(this.settings.dormantAfter().toDays() / 30);
		Notice notice = this.notices.open(new NewNotice(club.getUniversityId(), DORMANT_NOTICE, club.getId(),
				message("club.dormant.notice.title", NOTICE_LANGUAGE, club.getName()), now, null,
				List.of(new NewNotice.Subject(ref(club.getId()), club.getName(),
						List.of(new NewNotice.Fact("club.dormant.notice.fact",
								message("club.dormant.notice.reason", NOTICE_LANGUAGE, months)))))));
		club.proposeCancellation(notice.getId(), notice.getClosesAt());
		this.events.publishEvent(new ClubProposedForCancellation(club.getId(), club.getUniversityId(), notice.getId(),
				notice.getClosesAt()));
		return true;
	}

	static String ref(Long clubId) {
		return DORMANT_NOTICE + ":" + clubId;
	}

	/**
	 * A dormant club's notice ended: cancelled, unless the proposal was dropped (a
	 * takeover approved) or an objection upheld, which drops it. A second delivery finds
	 * the club moved on.
	 */
	@Transactional
	public boolean noticeEnded(Long clubId, Long noticeId, boolean objectionUpheld) {
		Club club = this.clubRepository.lockById(clubId).orElseThrow(Problem::notFound);
		if (!noticeId.equals(club.getDormantNoticeId())) {
			return false;
		}
		if (objectionUpheld) {
			club.dropCancellationProposal();
			return false;
		}
		Instant now = this.clock.instant();
		String reason = message("club.dormant.cancelled", NOTICE_LANGUAGE);
		club.cancel(reason, now);
		List<Long> officers = new ArrayList<>();
		for (ClubMember member : this.members.liveOf(club.getId())) {
			if (member.isOfficer()) {
				officers.add(member.getAccountId());
			}
			member.end(ClubMember.EndReason.CLUB_CLOSED, now);
		}
		this.events.publishEvent(new ClubCancelled(club.getId(), reason, officers));
		return true;
	}

	/**
	 * A student of the club's university asks to take over a club proposed for
	 * cancellation, with a statement.
	 */
	@Transactional
	public ClubTakeover requestTakeover(CurrentUser user, Long clubId, String statement) {
		Club club = this.clubs.get(user, clubId);
		if (!user.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		if (statement == null || statement.isBlank()) {
			throw FieldProblem.invalid("statement", "club.takeover.statement.required");
		}
		if (!club.isProposedForCancellation()) {
			throw Problem.conflict("club.takeover.not-dormant");
		}
		if (!this.clubs.studiesAt(this.clubs.people(List.of(user.id())).get(user.id()),
				this.clubs.university(club.getUniversityId()))) {
			throw Problem.unprocessable("club.join.other-university");
		}
		if (this.takeovers.existsByClubIdAndRequesterIdAndStatus(club.getId(), user.id(),
				ClubTakeover.Status.REQUESTED)) {
			throw Problem.conflict("club.takeover.already");
		}
		ClubTakeover takeover = this.takeovers.save(new ClubTakeover(club.getId(), user.id(),
				statement.strip().substring(0, Math.min(statement.strip().length(), 4000))));
		this.events.publishEvent(new ClubTakeoverRequested(club.getId(), takeover.getId(), user.id()));
		return takeover;
	}

	/**
	 * The federation decides a takeover: approved, the requester becomes the club's
	 * president (a member from now, if not one) and the cancellation stops.
	 */
	@Transactional
	public ClubTakeover decideTakeover(CurrentUser user, Long takeoverId, boolean approve, String comment) {
		ClubTakeover takeover = this.takeovers.findById(takeoverId).orElseThrow(Problem::notFound);
		overseen(user, takeover.getClubId());
		Club club = this.clubRepository.lockById(takeover.getClubId()).orElseThrow();
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		Instant now = this.clock.instant();
		if (approve && !club.isProposedForCancellation()) {
			throw Problem.conflict("club.takeover.not-dormant");
		}
		takeover.decide(approve, user.id(), text, now);
		if (approve) {
			ClubMember member = this.members.live(club.getId(), takeover.getRequesterId())
				.orElseGet(() -> this.members.save(
						new ClubMember(club.getId(), takeover.getRequesterId(), ClubMember.Status.ACTIVE, false, now)));
			if (member.getStatus() == ClubMember.Status.PENDING) {
				member.approve(now);
			}
			for (ClubMember other : this.members.liveOf(club.getId())) {
				if (other.getOffice() == Office.PRESIDENT && !other.getId().equals(member.getId())) {
					other.hold(null);
				}
			}
			member.hold(Office.PRESIDENT);
			club.presidentMissing(false);
			club.dropCancellationProposal();
			this.events.publishEvent(new ClubOfficerAppointed(club.getId(), member.getAccountId(), Office.PRESIDENT));
		}
		this.events
			.publishEvent(new ClubTakeoverDecided(club.getId(), takeover.getId(), takeover.getRequesterId(), approve));
		return takeover;
	}

	/** The takeover requests of a club, latest first: to those who oversee it. */
	public List<ClubTakeover> takeoversOf(CurrentUser user, Club club) {
		return Clubs.oversees(user, club) ? this.takeovers.findByClubIdOrderByIdDesc(club.getId()) : List.of();
	}

	/** The federation suspends a running club (an annual review rejected), saying why. */
	@Transactional
	public Club suspend(CurrentUser user, Long clubId, String reason) {
		Club club = overseen(user, clubId);
		if (reason == null || reason.isBlank()) {
			throw FieldProblem.invalid("reason", "club.suspend.reason.required");
		}
		club.suspend(reason.strip(), this.clock.instant());
		this.events.publishEvent(new ClubSuspended(club.getId(), reason.strip()));
		return club;
	}

	/** The federation lifts a suspension. */
	@Transactional
	public Club lift(CurrentUser user, Long clubId) {
		Club club = overseen(user, clubId);
		club.lift(this.clock.instant());
		this.events.publishEvent(new ClubSuspensionLifted(club.getId()));
		return club;
	}

	/**
	 * The club, locked, for a decision of those who oversee it: anyone else, another
	 * university's federation included, learns nothing of it (404).
	 */
	private Club overseen(CurrentUser user, Long clubId) {
		Club club = this.clubRepository.lockById(clubId).orElseThrow(Problem::notFound);
		if (!Clubs.oversees(user, club)) {
			throw Problem.notFound();
		}
		return club;
	}

}
