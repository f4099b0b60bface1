package org.practica.election;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.practica.club.Club;
import org.practica.club.Clubs;
import org.practica.club.Office;
import org.practica.directory.CurrentUser;
import org.practica.support.FieldProblem;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The election pages, phone first: a club's elections and the calling form, the election
 * page with candidates, statements and what the design does not promise, the ballot, the
 * tracker shown once, the results, and the published ballots with a tracker search.
 */
@Controller
class ElectionController {

	private static final int PAGE = 50;

	private final Elections elections;

	private final Clubs clubs;

	private final Clock clock;

	ElectionController(Elections elections, Clubs clubs, Clock clock) {
		this.elections = elections;
		this.clubs = clubs;
		this.clock = clock;
	}

	@GetMapping("/clubs/{clubId}/elections")
	String list(@AuthenticationPrincipal CurrentUser user, @PathVariable Long clubId, Model model) {
		Club club = this.clubs.get(user, clubId);
		model.addAttribute("club", club);
		model.addAttribute("elections", this.elections.ofClub(user, clubId));
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("mayCall", Clubs.oversees(user, club) && club.getStatus().isRegistered());
		model.addAttribute("offices", Elections.ELECTED.stream().sorted().toList());
		model.addAttribute("methods", Election.Method.values());
		model.addAttribute("tieRules", Election.TieRule.values());
		return "election/list";
	}

	@PostMapping("/clubs/{clubId}/elections")
	String call(@AuthenticationPrincipal CurrentUser user, @PathVariable Long clubId,
			@RequestParam(required = false) Office office, @RequestParam(required = false) String rollCutoff,
			@RequestParam(required = false) String nominationsClose, @RequestParam(required = false) String opensAt,
			@RequestParam(required = false) String closesAt, @RequestParam(required = false) Election.Method method,
			@RequestParam(required = false) Election.TieRule tieRule, RedirectAttributes redirect) {
		Election election = this.elections.call(user, clubId,
				new ElectionCall(office, at(rollCutoff, "rollCutoff"), at(nominationsClose, "nominationsClose"),
						at(opensAt, "opensAt"), at(closesAt, "closesAt"), method, tieRule));
		redirect.addFlashAttribute("flash", "election.called");
		return "redirect:/elections/" + election.getId();
	}

	private OffsetDateTime at(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(value.strip()).atZone(this.clock.getZone()).toOffsetDateTime();
		}
		catch (DateTimeParseException ex) {
			throw FieldProblem.invalid(field, "election.time.invalid");
		}
	}

	@GetMapping("/elections/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		this.elections.settle(id);
		Election election = this.elections.get(user, id);
		Club club = this.clubs.get(user, election.getClubId());
		boolean oversees = Elections.oversees(user, election);
		List<Candidate> candidates = this.elections.candidates(user, election);
		model.addAttribute("election", election);
		model.addAttribute("club", club);
		model.addAttribute("stage", election.stage(this.clock.instant()));
		model.addAttribute("candidates", candidates);
		model.addAttribute("oversees", oversees);
		if (oversees) {
			Map<Long, Elections.Eligibility> checks = new LinkedHashMap<>();
			candidates.forEach(c -> checks.put(c.getId(), this.elections.eligibility(election, c)));
			model.addAttribute("checks", checks);
		}
		boolean member = user != null && this.clubs.membership(user, club).map(m -> m.isActive()).orElse(false);
		model.addAttribute("member", member);
		model.addAttribute("nominated",
				user != null && candidates.stream().anyMatch(c -> c.getAccountId().equals(user.id())));
		model.addAttribute("onRoll", this.elections.onRoll(user, election));
		model.addAttribute("voted", this.elections.hasVoted(user, election));
		model.addAttribute("votedCount", this.elections.votedCount(election));
		return "election/show";
	}

	@PostMapping("/elections/{id}/candidates")
	String nominate(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String statement, RedirectAttributes redirect) {
		this.elections.nominate(user, id, statement);
		redirect.addFlashAttribute("flash", "election.nominated");
		return "redirect:/elections/" + id;
	}

	@PostMapping("/elections/{id}/candidates/{candidateId}/eligibility")
	String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, @PathVariable Long candidateId,
			@RequestParam boolean eligible, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		this.elections.decide(user, id, candidateId, eligible, reason);
		redirect.addFlashAttribute("flash", "election.candidate.decided");
		return "redirect:/elections/" + id;
	}

	@PostMapping("/elections/{id}/candidates/publish")
	String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.elections.publishCandidates(user, id);
		redirect.addFlashAttribute("flash", "election.candidates.published");
		return "redirect:/elections/" + id;
	}

	@GetMapping("/elections/{id}/ballot")
	String ballot(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		this.elections.settle(id);
		Election election = this.elections.get(user, id);
		if (!this.elections.onRoll(user, election)) {
			throw org.practica.support.Problem.forbidden();
		}
		if (this.elections.hasVoted(user, election)) {
			return "redirect:/elections/" + id;
		}
		election.checkVoting(this.clock.instant());
		List<Candidate> candidates = this.elections.onBallot(election);
		model.addAttribute("election", election);
		model.addAttribute("candidates", candidates);
		model.addAttribute("ranked", election.getMethod() == Election.Method.INSTANT_RUNOFF && candidates.size() >= 3);
		return "election/ballot";
	}

	/**
	 * Casts the ballot and shows the tracker on this one answer, which nothing caches: it
	 * is shown once.
	 */
	@PostMapping("/elections/{id}/ballot")
	String vote(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String candidateId,
			@RequestParam(name = "rank", required = false) List<String> ranks,
			jakarta.servlet.http.HttpServletResponse response, Model model) {
		List<String> ranking = new ArrayList<>();
		if (ranks != null) {
			ranks.stream().filter(r -> r != null && !r.isBlank()).forEach(ranking::add);
		}
		String tracker = this.elections.vote(user, id, ElectionApiController
			.choice(new ElectionApiController.BallotRequest(candidateId, ranking.isEmpty() ? null : ranking)));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("election", this.elections.get(user, id));
		model.addAttribute("tracker", tracker);
		return "election/tracker";
	}

	@GetMapping("/elections/{id}/results")
	String results(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
		this.elections.settle(id);
		Elections.Results results = this.elections.results(user, id);
		model.addAttribute("election", results.election());
		model.addAttribute("results", results);
		model.addAttribute("names", names(results.candidates()));
		model.addAttribute("check", Elections.verify(results.election(), results.ballots()));
		model.addAttribute("stage", results.election().stage(this.clock.instant()));
		return "election/results";
	}

	@RequestMapping(path = "/elections/{id}/ballots", method = { RequestMethod.GET, RequestMethod.POST })
	String ballots(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String tracker, @RequestParam(required = false) Integer page, Model model) {
		this.elections.settle(id);
		Elections.Results results = this.elections.results(user, id);
		model.addAttribute("election", results.election());
		model.addAttribute("names", names(results.candidates()));
		model.addAttribute("tracker", tracker);
		if (tracker != null && !tracker.isBlank()) {
			Optional<PublishedBallot> found = this.elections.findTracker(user, id, tracker);
			model.addAttribute("found", found.orElse(null));
			model.addAttribute("searched", true);
		}
		int total = results.ballots().size();
		int pages = Math.max(1, (total + PAGE - 1) / PAGE);
		int current = page == null ? 0 : Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("ballots", results.ballots().subList(current * PAGE, Math.min(total, (current + 1) * PAGE)));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		return "election/ballots";
	}

	@GetMapping("/elections/{id}/ballots.csv")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id) {
		this.elections.settle(id);
		Elections.Results results = this.elections.results(user, id);
		Election e = results.election();
		StringBuilder csv = new StringBuilder();
		csv.append("# election ")
			.append(e.getId())
			.append(", closes_at_epoch_ms ")
			.append(e.getClosesAt().toEpochMilli())
			.append(", chain_head ")
			.append(e.getChainHead())
			.append('\n');
		csv.append("seq,tracker,choice,previous_hash,hash\n");
		for (PublishedBallot b : results.ballots()) {
			csv.append(b.seq())
				.append(',')
				.append(b.tracker())
				.append(",\"")
				.append(BallotBox.encode(b.choice()))
				.append("\",")
				.append(b.previousHash())
				.append(',')
				.append(b.hash())
				.append('\n');
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"election-" + id + "-ballots.csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/elections/{id}/handover")
	String handover(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.elections.handover(user, id);
		redirect.addFlashAttribute("flash", "election.handover.done");
		return "redirect:/elections/" + id;
	}

	@PostMapping("/elections/{id}/runoff")
	String runoff(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
			@RequestParam(required = false) String opensAt, @RequestParam(required = false) String closesAt,
			RedirectAttributes redirect) {
		Election runoff = this.elections.runoff(user, id, at(opensAt, "opensAt"), at(closesAt, "closesAt"));
		redirect.addFlashAttribute("flash", "election.runoff.called");
		return "redirect:/elections/" + runoff.getId();
	}

	private static Map<Long, String> names(List<Candidate> candidates) {
		Map<Long, String> names = new LinkedHashMap<>();
		candidates.forEach(c -> names.put(c.getId(), c.getDisplayName()));
		return names;
	}

}
