package org.practica.round;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.signup.Shift;
import org.practica.support.PageResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.practica.support.Ids.text;

@RestController
@RequestMapping("/api/v1/matching-rounds")
@Tag(name = "Matching rounds")
class RoundApiController {

	private final Rounds rounds;

	private final Accounts accounts;

	private final MessageSource messages;

	private final ZoneId zone;

	private final Clock clock;

	RoundApiController(Rounds rounds, Accounts accounts, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.rounds = rounds;
		this.accounts = accounts;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Open a matching round over shifts inside a university or district the caller manages")
	@PostMapping
	@ApiResponse(responseCode = "201", description = "The new round")
	ResponseEntity<RoundJson> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody RoundRequest request) {
		MatchingRound round = this.rounds.create(user, request);
		return ResponseEntity.created(URI.create("/api/v1/matching-rounds/" + round.getId())).body(json(round));
	}

	@Operation(summary = "The rounds the caller manages or may take part in")
	@GetMapping
	PageResponse<RoundJson> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PageResponse.of(this.rounds.listFor(user), page, size, this::json);
	}

	@Operation(summary = "One round")
	@GetMapping("/{id}")
	RoundJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(this.rounds.get(user, id));
	}

	@Operation(summary = "A student ranks shifts of the round, best first, while its window is open")
	@PutMapping("/{id}/preferences")
	PreferencesJson choose(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@Valid @RequestBody PreferencesRequest request) {
		RoundPreference preference = this.rounds.choose(user, id, request.shiftIds(),
				Boolean.TRUE.equals(request.waivesPriority()));
		return new PreferencesJson(text(id), preference.getShiftIds().stream().map(String::valueOf).toList(),
				preference.isWaivesPriority());
	}

	@Operation(summary = "Run the round after its window has closed (an admin of its organisation), once")
	@PostMapping("/{id}/run")
	RunJson run(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		MatchingRound round = this.rounds.run(user, id);
		return new RunJson(text(round.getId()), round.getAssigned(), round.getUnassigned(), round.getSeats());
	}

	@Operation(summary = "Every student's choices and outcome (the round's admins)")
	@GetMapping("/{id}/result")
	ResultJson result(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		MatchingRound round = this.rounds.getManaged(user, id);
		List<RoundPreference> prefs = this.rounds.results(user, id);
		Map<Long, Account> people = this.accounts.byId(prefs.stream().map(RoundPreference::getStudentId).toList());
		List<ResultItem> items = prefs.stream().map(p -> {
			Account a = people.get(p.getStudentId());
			RoundOutcome outcome = round.hasRun() && p.getOutcome() != null ? p.getOutcome() : RoundOutcome.NOT_RUN;
			return new ResultItem(text(p.getStudentId()), a == null ? null : a.getDisplayName(),
					p.getShiftIds().stream().map(String::valueOf).toList(), text(p.getMatchedShiftId()),
					p.getMatchedChoice(), outcome.name());
		}).toList();
		return new ResultJson(text(round.getId()), round.status(this.clock.instant()).name(),
				round.getRanAt() == null ? null
						: OffsetDateTime.ofInstant(round.getRanAt().truncatedTo(ChronoUnit.SECONDS), this.zone),
				String.valueOf(round.getSeed()), round.getAssigned(), round.getUnassigned(), round.getSeats(), items,
				round.hasRun() ? FairnessJson.of(round.fairness()) : null);
	}

	@Operation(summary = "The caller's outcome: the shift, or none, and why")
	@GetMapping("/{id}/my-result")
	MyResultJson myResult(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		Rounds.MyResult result = this.rounds.myResult(user, id);
		String shiftTitle = result.shiftId() == null ? null
				: this.rounds.shifts(result.round())
					.stream()
					.filter(s -> s.getId().equals(result.shiftId()))
					.map(Shift::getTitle)
					.findFirst()
					.orElse(null);
		String message = this.messages.getMessage(result.reasonKey(), result.reasonArguments(),
				LocaleContextHolder.getLocale());
		return new MyResultJson(text(id), text(result.shiftId()), shiftTitle, result.choice(), result.outcome().name(),
				message, result.waived());
	}

	private RoundJson json(MatchingRound r) {
		return new RoundJson(text(r.getId()), r.getTitle(), text(r.getOrganisationId()),
				r.getShiftIds().stream().map(String::valueOf).toList(), r.getMaxChoices(),
				OffsetDateTime.ofInstant(r.getOpensAt().truncatedTo(ChronoUnit.SECONDS), this.zone),
				OffsetDateTime.ofInstant(r.getClosesAt().truncatedTo(ChronoUnit.SECONDS), this.zone),
				r.status(this.clock.instant()).name(), String.valueOf(r.getSeed()), r.getRanAt() == null ? null
						: OffsetDateTime.ofInstant(r.getRanAt().truncatedTo(ChronoUnit.SECONDS), this.zone));
	}

	/**
	 * The choices (an empty list withdraws them, a missing one is refused: 400) and the
	 * student's consent to waive a priority that only blocks others.
	 */
	record PreferencesRequest(@NotNull(message = "{field.required}") List<String> shiftIds, Boolean waivesPriority) {
	}

	record RoundJson(String id, String title, String organisationId, List<String> shiftIds, int maxChoices,
			OffsetDateTime opensAt, OffsetDateTime closesAt, String status, String seed, OffsetDateTime ranAt) {
	}

	record PreferencesJson(String roundId, List<String> shiftIds, boolean waivesPriority) {
	}

	record RunJson(String id, int assigned, int unassigned, int seats) {
	}

	record ResultJson(String id, String status, OffsetDateTime ranAt, String seed, int assigned, int unassigned,
			int seats, List<ResultItem> items, FairnessJson fairness) {
	}

	/**
	 * What the run bought: its assignment's figures (counts of students; justifiedEnvy
	 * counts student–shift pairs, only ones their students consented to), the same for
	 * plain deferred acceptance and for first come, first served in the recorded arrival
	 * order.
	 */
	record FairnessJson(int placed, int firstChoice, int topThree, long justifiedEnvy, FiguresJson firstCome,
			FiguresJson deferredAcceptance, int applicants, int consenting) {

		static FairnessJson of(RoundFairness f) {
			return new FairnessJson(f.round().placed(), f.round().firstChoice(), f.round().topThree(),
					f.round().justifiedEnvy(), FiguresJson.of(f.firstCome()), FiguresJson.of(f.plain()), f.applicants(),
					f.consenting());
		}

	}

	record FiguresJson(int placed, int firstChoice, int topThree, long justifiedEnvy) {

		static FiguresJson of(RoundFairness.Figures f) {
			return new FiguresJson(f.placed(), f.firstChoice(), f.topThree(), f.justifiedEnvy());
		}

	}

	record ResultItem(String studentId, String studentName, List<String> choices, String shiftId, Integer choice,
			String reason) {
	}

	record MyResultJson(String roundId, String shiftId, String shiftTitle, Integer choice, String reason,
			String message, boolean waivesPriority) {
	}

}
