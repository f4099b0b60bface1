package org.practica.club;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.support.FieldProblem;
import org.practica.support.FileStore;
import org.practica.support.Ids;
import org.practica.support.Problem;
import org.practica.support.UploadedFile;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * The development fund: a university's yearly budget, clubs' requests reviewed by the
 * federation and then a university admin, and spending against granted requests, each
 * with a receipt, never beyond the grant and kept in a hash-chained ledger.
 */
@Service
@Transactional(readOnly = true)
public class Funds {

	private final FundRequestRepository requests;

	private final FundReviewRepository reviews;

	private final FundBudgetRepository budgets;

	private final SpendingRepository spending;

	private final Clubs clubs;

	private final FileStore files;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Funds(FundRequestRepository requests, FundReviewRepository reviews, FundBudgetRepository budgets,
			SpendingRepository spending, Clubs clubs, FileStore files, ApplicationEventPublisher events, Clock clock) {
		this.requests = requests;
		this.reviews = reviews;
		this.budgets = budgets;
		this.spending = spending;
		this.clubs = clubs;
		this.files = files;
		this.events = events;
		this.clock = clock;
	}

	private int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

	// --- the budget ---

	/**
	 * A university admin sets the fund's budget for a year (never below what is granted).
	 */
	@Transactional
	public FundBudget setBudget(CurrentUser user, Long universityId, int year, BigDecimal budget) {
		Organisation university = this.clubs.university(universityId);
		if (!Clubs.isUniversityAdmin(user, university.getPath())) {
			throw Clubs.isFederation(user, universityId) ? Problem.forbidden() : Problem.notFound();
		}
		if (budget == null || budget.signum() < 0 || budget.compareTo(Money.MAX) > 0
				|| budget.stripTrailingZeros().scale() > 2) {
			throw FieldProblem.invalid("budget", "club.fund.budget.invalid");
		}
		FundBudget row = this.budgets.lock(universityId, year)
			.orElseGet(() -> this.budgets.save(new FundBudget(universityId, year, this.clock.instant())));
		row.set(Money.of(budget), user.getUsername(), this.clock.instant());
		this.events.publishEvent(new FundBudgetSet(universityId, year, Money.of(budget)));
		return this.budgets.save(row);
	}

	/** The fund of a university for a year, to its federation and admins. */
	public Overview overview(CurrentUser user, Long universityId, int year) {
		Organisation university = this.clubs.university(universityId);
		if (!Clubs.isFederation(user, universityId) && !Clubs.isUniversityAdmin(user, university.getPath())) {
			throw Problem.notFound();
		}
		FundBudget budget = this.budgets.findById(new FundBudget.Key(universityId, year))
			.orElseGet(() -> new FundBudget(universityId, year, this.clock.instant()));
		BigDecimal spent = Money.of(this.requests.spentIn(universityId, year).setScale(2));
		return new Overview(university, year, Money.of(budget.getBudget()), Money.of(budget.getGranted()), spent,
				Money.of(budget.left()), this.requests.ofUniversity(universityId, FundRequestStatus.GRANTED, year));
	}

	// --- requests ---

	/**
	 * A club officer asks the fund for money: a purpose and line items adding up to the
	 * amount. The club must be on probation or active.
	 */
	@Transactional
	public FundRequest request(CurrentUser user, String clubId, BigDecimal amount, String purpose,
			List<FundItem> items) {
		Club club = this.clubs.get(user, Ids.parse(clubId));
		if (!this.clubs.isOfficer(user, club)) {
			throw Problem.forbidden();
		}
		if (!club.getStatus().isRunning()) {
			throw Problem.conflict("club.fund.request.club-not-running");
		}
		BigDecimal total = Money.checked(amount, "amount");
		if (items == null || items.isEmpty()) {
			throw FieldProblem.invalid("items", "club.fund.items.required");
		}
		List<FundItem> checked = new ArrayList<>();
		BigDecimal sum = Money.ZERO;
		for (int i = 0; i < items.size(); i++) {
			FundItem item = items.get(i);
			if (item == null || item.name() == null || item.name().isBlank() || item.name().strip().length() > 200) {
				throw FieldProblem.invalid("items[" + i + "].name", "club.fund.item.name.required");
			}
			BigDecimal itemAmount = Money.checked(item.amount(), "items[" + i + "].amount");
			checked.add(new FundItem(item.name().strip(), itemAmount));
			sum = sum.add(itemAmount);
		}
		if (sum.compareTo(total) != 0) {
			throw FieldProblem.unprocessable("items", "club.fund.items.sum", Money.text(sum), Money.text(total));
		}
		FundRequest request = this.requests
			.save(new FundRequest(club, thisYear(), purpose.strip(), total, checked, user.id()));
		this.events.publishEvent(new FundRequested(request.getId(), club.getId(), total));
		return request;
	}

	/**
	 * The request, to the club's officers and instructors and those who oversee the club;
	 * otherwise 404.
	 */
	public FundRequest get(CurrentUser user, Long id) {
		FundRequest request = this.requests.findById(id).orElseThrow(Problem::notFound);
		Club club = this.clubs.get(user, request.getClubId());
		if (!this.clubs.isOfficer(user, club) && !Clubs.oversees(user, club)) {
			throw Problem.notFound();
		}
		return request;
	}

	/**
	 * A decision at the stage that decides next: the federation (which may change the
	 * amount, with a reason), then a university admin, whose approval grants the amount
	 * out of the year's budget. Every stage, amount and comment is kept.
	 */
	@Transactional
	public FundRequest review(CurrentUser user, Long id, ReviewDecision decision, BigDecimal amount, String comment) {
		FundRequest request = this.requests.lockById(id).orElseThrow(Problem::notFound);
		Club club = this.clubs.get(user, request.getClubId());
		if (!Clubs.oversees(user, club)) {
			throw this.clubs.isOfficer(user, club) ? Problem.forbidden() : Problem.notFound();
		}
		ReviewStage stage = request.getStatus().stage();
		if (stage == null) {
			throw Problem.conflict("club.fund.review.decided");
		}
		boolean mayDecide = stage == ReviewStage.FEDERATION ? Clubs.isFederation(user, club.getUniversityId())
				: Clubs.isUniversityAdmin(user, club.getUniversityPath());
		if (!mayDecide) {
			throw Problem.conflict("club.review.stage." + stage);
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		BigDecimal decided = null;
		if (decision == ReviewDecision.APPROVE) {
			decided = amount == null ? request.amountUnderReview() : Money.checked(amount, "amount");
			if (decided.compareTo(request.getRequestedAmount()) > 0) {
				throw FieldProblem.unprocessable("amount", "club.fund.review.above-request",
						Money.text(request.getRequestedAmount()));
			}
			if (decided.compareTo(request.amountUnderReview()) != 0 && text == null) {
				throw FieldProblem.invalid("comment", "club.fund.review.reason.required");
			}
		}
		else if (text == null) {
			throw FieldProblem.invalid("comment", "club.review.comment.required");
		}
		Instant now = this.clock.instant();
		switch (decision) {
			case APPROVE -> {
				if (stage == ReviewStage.FEDERATION) {
					request.forward(decided);
				}
				else {
					FundBudget budget = this.budgets.lock(request.getUniversityId(), request.getYear())
						.orElseThrow(() -> Problem.conflict("club.fund.budget.none", request.getYear()));
					budget.grant(decided, user.getUsername(), now);
					request.grant(decided);
				}
			}
			case RETURN -> request.close(false);
			case REJECT -> request.close(true);
		}
		this.reviews.save(new FundReview(request.getId(), stage, decision, decided, text, user.id(), now));
		this.events.publishEvent(new FundRequestReviewed(request.getId(), club.getId(), stage, decision, decided));
		return request;
	}

	public List<FundReview> history(FundRequest request) {
		return this.reviews.findByRequestIdOrderByReviewDecidedAtAscIdAsc(request.getId());
	}

	/** The club's requests, to its officers and those who oversee it. */
	public List<FundRequest> requestsOf(CurrentUser user, Club club) {
		if (!this.clubs.isOfficer(user, club) && !Clubs.oversees(user, club)) {
			return List.of();
		}
		return this.requests.findByClubIdOrderByIdDesc(club.getId());
	}

	/** The university's requests, to its federation and admins. */
	public List<FundRequest> requestsOf(CurrentUser user, Long universityId, FundRequestStatus status, Integer year) {
		this.clubs.ofUniversity(user, universityId);
		return this.requests.ofUniversity(universityId, status, year);
	}

	// --- spending ---

	/**
	 * A club officer records spending against a granted request, with its receipt (PDF,
	 * JPEG or PNG by content). The request's row is locked first, so that however many
	 * are recorded at once, the total never exceeds the grant (409 beyond it).
	 */
	@Transactional
	public Spending spend(CurrentUser user, Long clubId, String fundRequestId, BigDecimal amount, String description,
			MultipartFile receipt) {
		Club club = this.clubs.get(user, clubId);
		if (!this.clubs.isOfficer(user, club)) {
			throw Clubs.oversees(user, club) ? Problem.forbidden() : Problem.notFound();
		}
		if (!club.getStatus().isRunning()) {
			throw Problem.conflict("club.fund.request.club-not-running");
		}
		BigDecimal spent = Money.checked(amount, "amount");
		if (description == null || description.isBlank() || description.strip().length() > 500) {
			throw FieldProblem.invalid("description", "club.fund.spending.description.required");
		}
		if (fundRequestId == null || fundRequestId.isBlank()) {
			throw FieldProblem.invalid("fundRequestId", "club.fund.spending.request.required");
		}
		UploadedFile file = UploadedFile.document(receipt, "receipt", "club.fund.receipt", "receipt");
		FundRequest request = this.requests.lockById(Ids.parse(fundRequestId))
			.filter(r -> r.getClubId().equals(club.getId()))
			.orElseThrow(() -> FieldProblem.unprocessable("fundRequestId", "club.fund.spending.request.unknown"));
		request.spend(spent);
		String key = FileStore.newKey("club", YearMonth.now(this.clock), extension(file.contentType()));
		this.files.put(key, file.bytes());
		SpendingHead head = this.spending.lockHead().orElseThrow(() -> new IllegalStateException("No spending head"));
		Spending line = new Spending(head.getLastSeq() + 1, request, spent, description.strip(), key, file.fileName(),
				file.contentType(), file.sha256(), user.getUsername(), this.clock.instant(), head.getLastHash());
		head.appended(line);
		this.spending.save(line);
		this.events.publishEvent(new ClubSpendingRecorded(line.getSeq(), club.getId(), request.getId(), spent));
		return line;
	}

	private static String extension(String contentType) {
		return switch (contentType) {
			case "application/pdf" -> "pdf";
			case "image/png" -> "png";
			default -> "jpg";
		};
	}

	/**
	 * Whether the person sees the club's account: its members, instructors, overseers.
	 */
	private void checkAccountVisible(CurrentUser user, Club club) {
		if (!this.clubs.mayListMembers(user, club)) {
			throw Problem.notFound();
		}
	}

	/** The club's account: granted, spent and available, and its spending lines. */
	public Account account(CurrentUser user, Long clubId) {
		Club club = this.clubs.get(user, clubId);
		checkAccountVisible(user, club);
		List<FundRequest> granted = this.requests.findByClubIdOrderByIdDesc(club.getId())
			.stream()
			.filter(r -> r.getStatus() == FundRequestStatus.GRANTED)
			.toList();
		BigDecimal total = granted.stream().map(FundRequest::getGrantedAmount).reduce(Money.ZERO, BigDecimal::add);
		BigDecimal spent = granted.stream().map(FundRequest::getSpent).reduce(Money.ZERO, BigDecimal::add);
		return new Account(club, Money.of(total), Money.of(spent), Money.of(total.subtract(spent)), granted,
				this.spending.findByClubIdOrderBySeq(club.getId()));
	}

	/** A spending line's receipt, to those who see the club's account. */
	public Receipt receipt(CurrentUser user, Long clubId, Long seq) {
		Club club = this.clubs.get(user, clubId);
		checkAccountVisible(user, club);
		Spending line = this.spending.findById(seq)
			.filter(s -> s.getClubId().equals(club.getId()))
			.orElseThrow(Problem::notFound);
		byte[] bytes = this.files.get(line.getReceiptKey()).orElseThrow(Problem::notFound);
		return new Receipt(line.getReceiptName(), line.getReceiptType(), bytes);
	}

	/**
	 * A club's account.
	 *
	 * @param club the club
	 * @param granted what was granted to it in all
	 * @param spent what it spent
	 * @param available what is left to spend
	 * @param requests its granted requests
	 * @param lines its spending lines, oldest first
	 */
	public record Account(Club club, BigDecimal granted, BigDecimal spent, BigDecimal available,
			List<FundRequest> requests, List<Spending> lines) {
	}

	/**
	 * A university's fund for a year.
	 *
	 * @param university the university
	 * @param year the year
	 * @param budget the budget
	 * @param granted what was granted out of it
	 * @param spent what the clubs spent
	 * @param left what is left to grant
	 * @param grantedRequests the year's granted requests
	 */
	public record Overview(Organisation university, int year, BigDecimal budget, BigDecimal granted, BigDecimal spent,
			BigDecimal left, List<FundRequest> grantedRequests) {
	}

	/**
	 * A stored receipt.
	 *
	 * @param fileName its name
	 * @param contentType its type
	 * @param bytes its content
	 */
	public record Receipt(String fileName, String contentType, byte[] bytes) {
	}

	/** The clubs of the given ids, by id, for naming them in lists. */
	public Map<Long, Club> clubsById(List<Long> ids) {
		Map<Long, Club> byId = new java.util.HashMap<>();
		for (Long id : ids.stream().distinct().toList()) {
			byId.put(id, this.clubs.clubById(id));
		}
		return byId;
	}

}
