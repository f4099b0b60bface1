package org.practica.election;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.practica.directory.CurrentUser;
import org.practica.support.FieldProblem;
import org.practica.support.Ids;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Elections")
class ElectionApiController {

	private final Elections elections;

	private final ZoneId zone;

	ElectionApiController(Elections elections, Clock clock) {
		this.elections = elections;
		this.zone = clock.getZone();
	}

	@Operation(summary = "Call an election for an office of a club (its university's federation officer or admin)",
			description = "office PRESIDENT, VICE_PRESIDENT or SECRETARY; rollCutoff ≤ nominationsClose < opensAt < "
					+ "closesAt, nominations ahead; method PLURALITY (default) or INSTANT_RUNOFF; tieRule RUNOFF "
					+ "(default) or LOTTERY. The roll is the club's active members at rollCutoff, frozen when "
					+ "nominations close. 409 while another election for the office is undecided.")
	@PostMapping("/clubs/{id}/elections")
	@ApiResponse(responseCode = "201", description = "The election")
	ResponseEntity<ElectionJson> call(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody ElectionCall call) {
		Election election = this.elections.call(user, id, call);
		return ResponseEntity.created(URI.create("/api/v1/elections/" + election.getId())).body(json(user, election));
	}

	@Operation(summary = "A club's elections, newest first")
	@GetMapping("/clubs/{id}/elections")
	List<ElectionJson> ofClub(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return this.elections.ofClub(user, id).stream().map(e -> json(user, e)).toList();
	}

	@Operation(summary = "One election: its timeline, stage, candidates, and the roll's size and hash once frozen",
			description = "rollHash is the SHA-256 (hex) of the roll's member ids in ascending order joined by commas.")
	@GetMapping("/elections/{id}")
	ElectionJson get(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.elections.settle(id);
		return json(user, this.elections.get(user, id));
	}

	@Operation(summary = "Nominate oneself with a statement (an active member of the club, while nominations run)")
	@PostMapping("/elections/{id}/candidates")
	@ApiResponse(responseCode = "201", description = "The nomination, NOMINATED")
	ResponseEntity<CandidateJson> nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody(required = false) StatementRequest request) {
		Candidate candidate = this.elections.nominate(user, id, request == null ? null : request.statement());
		return ResponseEntity.created(URI.create("/api/v1/elections/" + id)).body(CandidateJson.of(candidate));
	}

	@Operation(summary = "Find a nominee eligible or not (the federation, after nominations, before publishing)",
			description = "Eligible only when the rules are met (on the roll, a member for a term, no disciplinary "
					+ "record): else 409. Not eligible needs a reason.")
	@PostMapping("/elections/{id}/candidates/{candidateId}/eligibility")
	CandidateJson decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@PathVariable Long candidateId, @RequestBody DecisionRequest request) {
		return CandidateJson.of(this.elections.decide(user, id, candidateId, Boolean.TRUE.equals(request.eligible()),
				request.reason()));
	}

	@Operation(summary = "Publish the eligible candidates: the ballot is set (the federation, before voting opens)")
	@PostMapping("/elections/{id}/candidates/publish")
	ElectionJson publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(user, this.elections.publishCandidates(user, id));
	}

	@Operation(summary = "Cast one's ballot (a member on the roll, while voting is open)",
			description = "candidateId, or for INSTANT_RUNOFF ranking (candidate ids, first preference first). "
					+ "Answers the tracker once; it is kept nowhere with the voter. A second ballot: 409; not on "
					+ "the roll: 403; outside the window: 409.")
	@PostMapping("/elections/{id}/ballots")
	@ApiResponse(responseCode = "201", description = "The tracker")
	ResponseEntity<Map<String, String>> vote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody(required = false) BallotRequest request) {
		String tracker = this.elections.vote(user, id, choice(request));
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Cache-Control", "no-store")
			.body(Map.of("tracker", tracker));
	}

	static List<Long> choice(BallotRequest request) {
		List<String> given = request == null ? List.of() : request.ranking() != null && !request.ranking().isEmpty()
				? request.ranking() : request.candidateId() == null ? List.of() : List.of(request.candidateId());
		List<Long> ids = new ArrayList<>();
		for (String id : given) {
			try {
				ids.add(Long.valueOf(id == null ? "" : id.strip()));
			}
			catch (NumberFormatException ex) {
				throw FieldProblem.invalid("candidateId", "election.ballot.choice.unknown");
			}
		}
		return ids;
	}

	@Operation(summary = "The results, after the close (409 before)",
			description = "tally: first preferences per candidate (the whole count for PLURALITY); rounds: each "
					+ "round of an INSTANT_RUNOFF count; ballots: every ballot in the published random order with "
					+ "its tracker and the hash chain (hash = HashChain over previousHash, seq, election id, "
					+ "'ballot', 'election', closesAt in epoch milliseconds and 'tracker|choice'). No ballot names or "
					+ "leads to its voter.")
	@GetMapping("/elections/{id}/results")
	ResultsJson results(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.elections.settle(id);
		Elections.Results results = this.elections.results(user, id);
		Election e = results.election();
		return new ResultsJson(Ids.text(e.getId()), e.getMethod().name(), tally(results.firstRound()),
				results.rounds().stream().map(ElectionApiController::tally).toList(), e.getBallotsCast(),
				e.getRollCount(), e.getRollHash(), Ids.text(e.getWinnerCandidateId()), e.isTie(), e.getLotterySeed(),
				e.getChainHead(), at(e.getClosesAt()), e.getClosesAt().toEpochMilli(),
				results.ballots()
					.stream()
					.map(b -> new BallotJson(b.seq(), b.tracker(),
							Ids.text(b.choice().isEmpty() ? null : b.choice().get(0)),
							b.choice().stream().map(String::valueOf).toList(), b.previousHash(), b.hash()))
					.toList());
	}

	private static List<VotesJson> tally(Map<Long, Integer> round) {
		return round.entrySet().stream().map(v -> new VotesJson(Ids.text(v.getKey()), v.getValue())).toList();
	}

	@Operation(summary = "Hand the office to the winner once the result's notice has ended (the federation)",
			description = "Happens by itself when the notice ends without an upheld objection; this call does it "
					+ "at once if the automatic handover has not yet run. 409 while the notice runs.")
	@PostMapping("/elections/{id}/handover")
	ElectionJson handover(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		return json(user, this.elections.handover(user, id));
	}

	@Operation(summary = "Call the runoff of a tie between the tied candidates, on the same roll (the federation)")
	@PostMapping("/elections/{id}/runoff")
	@ApiResponse(responseCode = "201", description = "The runoff election")
	ResponseEntity<ElectionJson> runoff(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestBody RunoffRequest request) {
		Election runoff = this.elections.runoff(user, id, request.opensAt(), request.closesAt());
		return ResponseEntity.created(URI.create("/api/v1/elections/" + runoff.getId())).body(json(user, runoff));
	}

	private ElectionJson json(CurrentUser user, Election e) {
		Instant now = this.elections.now();
		return new ElectionJson(Ids.text(e.getId()), Ids.text(e.getClubId()), e.getClubName(), e.getOffice().name(),
				e.getMethod().name(), e.getTieRule().name(), at(e.getRollCutoff()), at(e.getNominationsClose()),
				at(e.getOpensAt()), at(e.getClosesAt()), e.stage(now).name(), e.getRollCount(), e.getRollHash(),
				e.getCandidatesPublishedAt() != null,
				this.elections.candidates(user, e).stream().map(CandidateJson::of).toList(), e.getBallotsCast(),
				e.getChainHead(), Ids.text(e.getWinnerCandidateId()), e.getLotterySeed(), Ids.text(e.getNoticeId()),
				at(e.getNoticeClosesAt()), at(e.getHandedOverAt()), Ids.text(e.getRunoffOf()),
				this.elections.onRoll(user, e), this.elections.hasVoted(user, e));
	}

	private OffsetDateTime at(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), this.zone);
	}

	record StatementRequest(String statement) {
	}

	record DecisionRequest(Boolean eligible, String reason) {
	}

	record BallotRequest(String candidateId, List<String> ranking) {
	}

	record RunoffRequest(OffsetDateTime opensAt, OffsetDateTime closesAt) {
	}

	record ElectionJson(String id, String clubId, String clubName, String office, String method, String tieRule,
			OffsetDateTime rollCutoff, OffsetDateTime nominationsClose, OffsetDateTime opensAt, OffsetDateTime closesAt,
			String stage, Integer rollCount, String rollHash, boolean candidatesPublished,
			List<CandidateJson> candidates, Integer ballotsCast, String chainHead, String winnerCandidateId,
			String lotterySeed, String noticeId, OffsetDateTime noticeClosesAt, OffsetDateTime handedOverAt,
			String runoffOf, boolean onRoll, boolean voted) {
	}

	record CandidateJson(String id, String memberId, String name, String statement, String status, String reason) {

		static CandidateJson of(Candidate c) {
			return new CandidateJson(Ids.text(c.getId()), Ids.text(c.getAccountId()), c.getDisplayName(),
					c.getStatement(), c.getStatus().name(), c.getReason());
		}

	}

	record VotesJson(String candidateId, int votes) {
	}

	record BallotJson(int seq, String tracker, String candidateId, List<String> ranking, String previousHash,
			String hash) {
	}

	record ResultsJson(String electionId, String method, List<VotesJson> tally, List<List<VotesJson>> rounds,
			Integer ballotsCast, Integer rollCount, String rollHash, String winnerCandidateId, boolean tie,
			String lotterySeed, String chainHead, OffsetDateTime closesAt, long closesAtEpochMilli,
			List<BallotJson> ballots) {
	}

}
