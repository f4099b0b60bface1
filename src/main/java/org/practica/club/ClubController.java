package org.practica.club;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.directory.Organisation;
import org.practica.directory.Organisations;
import org.practica.directory.Role;
import org.practica.support.FieldProblem;
import org.practica.support.Paging;
import org.practica.support.Problem;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The club pages: the public list and club page, the application form, what members,
 * officers and instructors do on the club's page, and the federation's page of queues,
 * registration windows and the fund.
 */
@Controller
class ClubController {

	private final Clubs clubs;

	private final Funds funds;

	private final Accounts accounts;

	private final Organisations organisations;

	private final MessageSource messages;

	private final Clock clock;

	private final jakarta.validation.Validator validator;

	private final ClubActivities activities;

	private final ClubStandings standings;

	private final org.practica.hours.Hours hours;

	ClubController(Clubs clubs, Funds funds, Accounts accounts, Organisations organisations, MessageSource messages,
			Clock clock, jakarta.validation.Validator validator, ClubActivities activities, ClubStandings standings,
			org.practica.hours.Hours hours) {
		this.hours = hours;
		this.validator = validator;
		this.activities = activities;
		this.standings = standings;
		this.clubs = clubs;
		this.funds = funds;
		this.accounts = accounts;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/clubs")
	String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String q,
			@RequestParam(required = false) ClubCategory category, @RequestParam(required = false) Integer page,
			Model model) {
		model.addAttribute("clubs",
				this.clubs.search(user, q, category, null, null, Paging.of(page, 20, null, Sort.by("name", "id"))));
		model.addAttribute("q", q);
		model.addAttribute("category", category);
		model.addAttribute("categories", ClubCategory.values());
		if (user != null && user.holds(Role.STUDENT)) {
			model.addAttribute("mine", this.clubs.clubsOf(user.id()));
			Organisation university = universityOf(user);
			model.addAttribute("mayApply",
					university != null && this.clubs.isOpen(university.getId(), RegistrationWindow.Kind.NEW));
		}
		if (user != null) {
			model.addAttribute("instructed", this.clubs.instructedBy(user.id()));
			model.addAttribute("federations", this.clubs.federations(user));
		}
		return "club/list";
	}

	private Organisation universityOf(CurrentUser user) {
		if (user.organisationId() == null) {
			return null;
		}
		Organisation home = this.organisations.get(user.organisationId());
		return this.organisations.get(home.rootId());
	}

	@GetMapping("/clubs/new")
	String applyForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!user.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		model.addAttribute("form", ApplyForm.empty());
		return applyPage(user, model);
	}

	private String applyPage(CurrentUser user, Model model) {
		Organisation university = universityOf(user);
		model.addAttribute("university", university);
		model.addAttribute("open", this.clubs.isOpen(university.getId(), RegistrationWindow.Kind.NEW));
		model.addAttribute("categories", ClubCategory.values());
		model.addAttribute("parts", Charter.PARTS);
		return "club/apply";
	}

	@PostMapping("/clubs/new")
	String apply(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ApplyForm form, Model model,
			RedirectAttributes redirect, java.util.Locale locale) {
		if (!user.holds(Role.STUDENT)) {
			throw Problem.forbidden();
		}
		Organisation university = universityOf(user);
		ClubApplication application = new ClubApplication(university.getId().toString(), form.name(), form.category(),
				form.purpose(), form.charter(), accountIds(form.founders()), accountIds(form.instructors()));
		List<String> invalid = this.validator.validate(application)
			.stream()
			.map(jakarta.validation.ConstraintViolation::getMessage)
			.sorted()
			.toList();
		if (!invalid.isEmpty()) {
			model.addAttribute("errors", invalid);
			return applyPage(user, model);
		}
		try {
			Club club = this.clubs.apply(user, application);
			redirect.addFlashAttribute("flash", "club.applied");
			return "redirect:/clubs/" + club.getId();
		}
		catch (FieldProblem problem) {
			model.addAttribute("errors",
					problem.errors()
						.stream()
						.map(e -> this.messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale))
						.toList());
		}
		catch (Problem problem) {
			if (problem.status().value() != 409) {
				throw problem;
			}
			model.addAttribute("errors",
					List.of(this.messages.getMessage(problem.messageKey(), problem.arguments(), locale)));
		}
		return applyPage(user, model);
	}

	/**
	 * People named by username, one a line or separated by commas; unknown names kept as
	 * given.
	 */
	private List<String> accountIds(String usernames) {
		List<String> ids = new ArrayList<>();
		if (usernames == null) {
			return ids;
		}
		for (String name : usernames.split("[,，\\s]+")) {
			if (!name.isBlank()) {
				ids.add(this.accounts.findByUsername(name.strip()).map(a -> a.getId().toString()).orElse(name.strip()));
			}
		}
		return ids;
	}

	@GetMapping("/clubs/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
			java.util.Locale locale) {
		Club club = this.clubs.get(user, id);
		boolean oversees = Clubs.oversees(user, club);
		boolean officer = this.clubs.isOfficer(user, club);
		model.addAttribute("club", club);
		model.addAttribute("shown", this.clubs.shownVersion(club));
		model.addAttribute("pending", oversees || officer ? this.clubs.pendingVersion(club).orElse(null) : null);
		model.addAttribute("oversees", oversees);
		model.addAttribute("officer", officer);
		model.addAttribute("president", this.clubs.isPresident(user, club));
		model.addAttribute("membership", this.clubs.membership(user, club).orElse(null));
		model.addAttribute("student", user != null && user.holds(Role.STUDENT));
		List<ClubInstructor> instructors = this.clubs.instructors(user, club);
		model.addAttribute("instructors", instructors);
		model.addAttribute("myInvitation",
				user == null ? null : instructors.stream()
					.filter(i -> i.getAccountId().equals(user.id()) && i.getStatus() == ClubInstructor.Status.INVITED)
					.findFirst()
					.orElse(null));
		Set<Long> people = new HashSet<>();
		instructors.forEach(i -> people.add(i.getAccountId()));
		List<ClubMember> members = this.clubs.mayListMembers(user, club) ? this.clubs.members(user, club) : null;
		if (members != null) {
			members.forEach(m -> people.add(m.getAccountId()));
		}
		model.addAttribute("members", members);
		List<ClubReview> history = this.clubs.history(user, club);
		history.forEach(r -> people.add(r.getReviewerId()));
		model.addAttribute("history", history);
		boolean mayDecide = club.awaitsReview()
				&& (club.getReviewStage() == ReviewStage.FEDERATION ? Clubs.isFederation(user, club.getUniversityId())
						: Clubs.isUniversityAdmin(user, club.getUniversityPath()));
		model.addAttribute("mayDecide", mayDecide);
		model.addAttribute("offices", Office.values());
		if (officer || oversees) {
			model.addAttribute("requests", this.funds.requestsOf(user, club));
		}
		if (members != null) {
			model.addAttribute("account", this.funds.account(user, club.getId()));
		}
		model.addAttribute("activities", this.activities.upcoming(club));
		model.addAttribute("runsActivities", this.activities.runs(user, club));
		int year = LocalDate.now(this.clock).getYear();
		model.addAttribute("ratingYear", year);
		model.addAttribute("rating", club.getStatus().isRegistered() || club.getStatus() == ClubStatus.CANCELLED
				? this.standings.rating(club, year, locale) : null);
		List<AnnualReview> annualReviews = members != null ? this.standings.reviewsOf(user, club) : List.of();
		annualReviews.forEach(r -> people.add(r.getFiledBy()));
		model.addAttribute("annualReviews", annualReviews);
		List<ClubTakeover> takeovers = this.standings.takeoversOf(user, club);
		takeovers.forEach(t -> people.add(t.getRequesterId()));
		model.addAttribute("takeovers", takeovers);
		model.addAttribute("names", names(people));
		return "club/show";
	}

	/**
	 * The hours of the club's activities waiting for verification: the verifiers' queue,
	 * for its officers and instructors; 404 for anyone else.
	 */
	@GetMapping("/clubs/{id}/hours")
	String hours(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model,
			java.util.Locale locale) {
		Club club = this.clubs.get(user, id);
		List<org.practica.hours.HoursEntry> entries = this.activities.hoursWaiting(user, club);
		Map<Long, org.practica.project.Project> projects = new java.util.HashMap<>();
		this.activities.of(club).forEach(p -> projects.put(p.getId(), p));
		model.addAttribute("entries", entries);
		model.addAttribute("flags", this.hours.flags(entries));
		model.addAttribute("plausiblePerDay", this.hours.plausiblePerDay());
		model.addAttribute("projects", projects);
		model.addAttribute("people",
				this.accounts.byId(entries.stream().map(org.practica.hours.HoursEntry::getStudentId).toList()));
		model.addAttribute("heading",
				this.messages.getMessage("club.hours.title", new Object[] { club.getName() }, locale));
		model.addAttribute("back", "/clubs/" + club.getId() + "/hours");
		model.addAttribute("backPath", "/clubs/" + club.getId());
		model.addAttribute("backLabel", club.getName());
		return "hours/pending";
	}

	private Map<Long, String> names(Set<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		this.clubs.people(ids).forEach((id, account) -> names.put(id, account.getDisplayName()));
		return names;
	}

	@PostMapping("/clubs/{id}/review")
	String review(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam ReviewDecision decision, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		this.clubs.review(user, id, decision, comment);
		redirect.addFlashAttribute("flash", "club.reviewed");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/instructor-response")
	String answer(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam boolean accepted,
			RedirectAttributes redirect) {
		this.clubs.answer(user, id, accepted);
		redirect.addFlashAttribute("flash", accepted ? "club.instructor.accepted" : "club.instructor.declined");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/join")
	String join(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		ClubMember member = this.clubs.join(user, id);
		redirect.addFlashAttribute("flash", member.isActive() ? "club.joined" : "club.join.applied");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/members/{userId}/approve")
	String approve(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long userId) {
		this.clubs.approveMember(user, id, userId);
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/members/{userId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long userId,
			RedirectAttributes redirect) {
		this.clubs.remove(user, id, userId);
		redirect.addFlashAttribute("flash", user.id().equals(userId) ? "club.left" : "club.member.removed");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/members/{userId}/office")
	String appoint(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long userId,
			@RequestParam(required = false) Office office) {
		this.clubs.appoint(user, id, userId, office);
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/cancel")
	String cancel(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String reason,
			RedirectAttributes redirect) {
		this.clubs.cancel(user, id, reason);
		redirect.addFlashAttribute("flash", "club.cancelled");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/clubs/{id}/fund-requests")
	String request(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @RequestParam String purpose,
			@RequestParam(required = false) BigDecimal amount, @RequestParam String items,
			RedirectAttributes redirect) {
		this.funds.request(user, id.toString(), amount, purpose, FundItems.parse(items));
		redirect.addFlashAttribute("flash", "club.fund.requested");
		return "redirect:/clubs/" + id;
	}

	@PostMapping("/fund-requests/{id}/review")
	String reviewRequest(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam ReviewDecision decision, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String back,
			RedirectAttributes redirect) {
		FundRequest request = this.funds.review(user, id, decision, amount, comment);
		redirect.addFlashAttribute("flash", "club.reviewed");
		return "federation".equals(back) ? "redirect:/federation?universityId=" + request.getUniversityId()
				: "redirect:/clubs/" + request.getClubId();
	}

	@PostMapping("/clubs/{id}/spending")
	String spend(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String fundRequestId, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) String description, @RequestParam(required = false) MultipartFile receipt,
			RedirectAttributes redirect) {
		this.funds.spend(user, id, fundRequestId, amount, description, receipt);
		redirect.addFlashAttribute("flash", "club.fund.spent.recorded");
		return "redirect:/clubs/" + id;
	}

	@GetMapping("/federation")
	String federation(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Long universityId,
			Model model) {
		List<Organisation> universities = this.clubs.federations(user);
		if (universities.isEmpty()) {
			throw Problem.forbidden();
		}
		Organisation university = universityId == null ? universities.get(0)
				: universities.stream()
					.filter(u -> u.getId().equals(universityId))
					.findFirst()
					.orElseThrow(Problem::notFound);
		Long uid = university.getId();
		int year = LocalDate.now(this.clock).getYear();
		List<Club> all = this.clubs.ofUniversity(user, uid);
		List<Club> federationQueue = this.clubs.awaiting(uid, ReviewStage.FEDERATION);
		List<Club> universityQueue = this.clubs.awaiting(uid, ReviewStage.UNIVERSITY);
		model.addAttribute("universities", universities);
		model.addAttribute("university", university);
		model.addAttribute("federationQueue", federationQueue);
		model.addAttribute("universityQueue", universityQueue);
		model.addAttribute("newApplications", federationQueue.stream().filter(c -> !c.reviewsChange()).count()
				+ universityQueue.stream().filter(c -> !c.reviewsChange()).count());
		model.addAttribute("changes", federationQueue.stream().filter(Club::reviewsChange).count()
				+ universityQueue.stream().filter(Club::reviewsChange).count());
		model.addAttribute("withoutPresident", all.stream().filter(Club::isWithoutPresident).toList());
		model.addAttribute("clubs", all);
		model.addAttribute("windows", List.of(this.clubs.window(uid, RegistrationWindow.Kind.NEW),
				this.clubs.window(uid, RegistrationWindow.Kind.RENEWAL)));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("isFederation", Clubs.isFederation(user, uid));
		model.addAttribute("isAdmin", Clubs.isUniversityAdmin(user, university.getPath()));
		List<FundRequest> open = new ArrayList<>(this.funds.requestsOf(user, uid, FundRequestStatus.SUBMITTED, null));
		open.addAll(this.funds.requestsOf(user, uid, FundRequestStatus.FORWARDED, null));
		model.addAttribute("fundQueue", open);
		model.addAttribute("year", year);
		model.addAttribute("fund", this.funds.overview(user, uid, year));
		Map<Long, String> clubNames = new java.util.HashMap<>();
		all.forEach(c -> clubNames.put(c.getId(), c.getName()));
		model.addAttribute("clubNames", clubNames);
		model.addAttribute("zone", this.clock.getZone());
		List<AnnualReview> renewals = this.standings.waiting(all.stream().map(Club::getId).toList());
		model.addAttribute("renewals", renewals);
		model.addAttribute("proposedForCancellation", all.stream().filter(Club::isProposedForCancellation).toList());
		return "club/federation";
	}

	@PostMapping("/federation/{universityId}/registration/{kind}")
	String window(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId,
			@PathVariable RegistrationWindow.Kind kind, @RequestParam String action,
			@RequestParam(required = false) LocalDateTime opensAt,
			@RequestParam(required = false) LocalDateTime closesAt, RedirectAttributes redirect) {
		switch (action) {
			case "open" -> this.clubs.openOrClose(user, universityId, kind, true);
			case "close" -> this.clubs.openOrClose(user, universityId, kind, false);
			default -> this.clubs.schedule(user, universityId, kind,
					opensAt == null ? null : opensAt.atZone(this.clock.getZone()).toInstant(),
					closesAt == null ? null : closesAt.atZone(this.clock.getZone()).toInstant());
		}
		redirect.addFlashAttribute("flash", "club.window.saved");
		return "redirect:/federation?universityId=" + universityId;
	}

	@PostMapping("/federation/{universityId}/budget")
	String budget(@AuthenticationPrincipal CurrentUser user, @PathVariable Long universityId, @RequestParam int year,
			@RequestParam(required = false) BigDecimal budget, RedirectAttributes redirect) {
		this.funds.setBudget(user, universityId, year, budget);
		redirect.addFlashAttribute("flash", "club.fund.budget.saved");
		return "redirect:/federation?universityId=" + universityId;
	}

	/**
	 * The application form: the club, its charter part by part, and the founders and
	 * instructors by username.
	 */
	record ApplyForm(String name, ClubCategory category, String purpose, String charterName, String charterPurpose,
			String charterRights, String charterOfficers, String charterFinances, String charterDissolution,
			String founders, String instructors) {

		static ApplyForm empty() {
			return new ApplyForm(null, null, null, null, null, null, null, null, null, null, null);
		}

		Charter charter() {
			return new Charter(blank(this.charterName), blank(this.charterPurpose), blank(this.charterRights),
					blank(this.charterOfficers), blank(this.charterFinances), blank(this.charterDissolution));
		}

		private static String blank(String text) {
			return text == null ? "" : text;
		}

	}

	/** Reads line items written one a line as "name amount". */
	static final class FundItems {

		private FundItems() {
		}

		static List<FundItem> parse(String text) {
			List<FundItem> items = new ArrayList<>();
			if (text == null) {
				return items;
			}
			for (String line : text.split("\\R")) {
				String trimmed = line.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\t'));
				try {
					if (space < 1) {
						throw new NumberFormatException();
					}
					items.add(new FundItem(trimmed.substring(0, space).strip(),
							new BigDecimal(trimmed.substring(space + 1).strip())));
				}
				catch (NumberFormatException ex) {
					throw FieldProblem.invalid("items", "club.fund.items.format", trimmed);
				}
			}
			return items;
		}

	}

	static String nameOf(Account account) {
		return account == null ? "" : account.getDisplayName();
	}

}
