package org.practica.election;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.practica.club.Club;
import org.practica.club.ClubMember;
import org.practica.club.ClubOffices;
import org.practica.club.Clubs;
import org.practica.club.Office;
import org.practica.directory.Account;
import org.practica.directory.Accounts;
import org.practica.directory.CurrentUser;
import org.practica.notice.Notice;
import org.practica.notice.NoticeOutcome;
import org.practica.notice.Notices;
import org.practica.notification.NoticeCategory;
import org.practica.notification.Notifications;
import org.practica.support.FieldProblem;
import org.practica.support.FieldProblem.FieldError;
import org.practica.support.HashChain;
import org.practica.support.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Elections of club officers and their rules across the election, its candidates, the
 * roll and the ballot box: who calls, nominates, decides and votes, when; the count at
 * the close and the handover after the notice; who sees what.
 */
@Service
@Transactional(readOnly = true)
public class Elections {

	private static final Logger log = LoggerFactory.getLogger(Elections.class);

	/** The offices elected (the treasurer is appointed). */
	static final Set<Office> ELECTED = Set.of(Office.PRESIDENT, Office.VICE_PRESIDENT, Office.SECRETARY);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ElectionRepository elections;

	private final CandidateRepository candidates;

	private final BallotBox box;

	private final Clubs clubs;

	private final ClubOffices offices;

	private final Accounts accounts;

	private final ElectionNoticeBoard noticeBoard;

	private final Notices notices;

	private final Notifications notifications;

	private final ElectionSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Elections(ElectionRepository elections, CandidateRepository candidates, BallotBox box, Clubs clubs,
			ClubOffices offices, Accounts accounts, ElectionNoticeBoard noticeBoard, Notices notices,
			Notifications notifications, ElectionSettings settings, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.elections = elections;
		this.candidates = candidates;
		this.box = box;
		this.clubs = clubs;
		this.offices = offices;
		this.accounts = accounts;
		this.noticeBoard = noticeBoard;
		this.notices = notices;
		this.notifications = notifications;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactions);
	}

	// --- who is who ---

	/**
	 * Whether the person runs the election: the university's federation or its admins.
	 */
	public static boolean oversees(CurrentUser user, Election election) {
		return Clubs.isFederation(user, election.getUniversityId())
				|| Clubs.isUniversityAdmin(user, election.getUniversityPath());
	}

	/** The election if the person sees its club; otherwise 404. */
	public Election get(CurrentUser user, Long id) {
		Election election = this.elections.findById(id).orElseThrow(Problem::notFound);
		this.clubs.get(user, election.getClubId());
		return election;
	}

	private Election lock(CurrentUser user, Long id) {
		Election election = this.elections.findForUpdate(id).orElseThrow(Problem::notFound);
		this.clubs.get(user, election.getClubId());
		return election;
	}

	private Election overseen(CurrentUser user, Long id) {
		Election election = lock(user, id);
		if (!oversees(user, election)) {
			throw Problem.notFound();
		}
		return election;
	}

	/** The club's elections, newest first, to whoever sees the club. */
	public List<Election> ofClub(CurrentUser user, Long clubId) {
		this.clubs.get(user, clubId);
		return this.elections.findByClubIdOrderByCalledAtDescIdDesc(clubId);
	}

	public Instant now() {
		return this.clock.instant();
	}

	// --- calling ---

	/**
	 * A federation officer or university admin calls an election for an office of a
	 * registered club: roll cut-off, end of nominations, voting window (each after the
	 * one before, nominations and voting ahead), how to count and how to break a tie. 409
	 * while another election for the office is undecided.
	 */
	@Transactional
	public Election call(CurrentUser user, Long clubId, ElectionCall call) {
		Club club = this.clubs.get(user, clubId);
		if (!Clubs.oversees(user, club)) {
			throw Problem.notFound();
		}
		if (!club.getStatus().isRegistered()) {
			throw Problem.conflict("election.club.not-registered");
		}
		Instant now = this.clock.instant();
		List<FieldError> errors = new ArrayList<>();
		if (call.office() == null || !ELECTED.contains(call.office())) {
			errors.add(new FieldError(null, "office", "election.office.required", new Object[0]));
		}
		Instant cutoff = instant(call.rollCutoff(), "rollCutoff", errors);
		Instant nominations = instant(call.nominationsClose(), "nominationsClose", errors);
		Instant opens = instant(call.opensAt(), "opensAt", errors);
		Instant closes = instant(call.closesAt(), "closesAt", errors);
		if (nominations != null && !nominations.isAfter(now)) {
			errors.add(new FieldError(null, "nominationsClose", "election.time.past", new Object[0]));
		}
		if (cutoff != null && nominations != null && cutoff.isAfter(nominations)) {
			errors.add(new FieldError(null, "rollCutoff", "election.time.cutoff-after-nominations", new Object[0]));
		}
		if (nominations != null && opens != null && !opens.isAfter(nominations)) {
			errors.add(new FieldError(null, "opensAt", "election.time.opens-before-nominations", new Object[0]));
		}
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			errors.add(new FieldError(null, "closesAt", "election.time.closes-before-opens", new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(org.springframework.http.HttpStatus.BAD_REQUEST, errors);
		}
		if (this.elections.undecided(club.getId(), call.office())) {
			throw Problem.conflict("election.already");
		}
		Election election = this.elections
			.save(new Election(club.getId(), club.getName(), club.getUniversityId(), club.getUniversityPath(),
					call.office(), call.method() == null ? Election.Method.PLURALITY : call.method(),
					call.tieRule() == null ? Election.TieRule.RUNOFF : call.tieRule(), cutoff, nominations, opens,
					closes, user.id(), now));
		this.events.publishEvent(new ElectionCalled(election.getId(), club.getId(), club.getName(),
				election.getOffice(), nominations, false));
		return election;
	}

	private static Instant instant(OffsetDateTime value, String field, List<FieldError> errors) {
		if (value == null) {
			errors.add(new FieldError(null, field, "election.time.required", new Object[0]));
			return null;
		}
		return value.toInstant();
	}

	// --- candidates ---

	/**
	 * A member of the club nominates themselves with a statement, while nominations run.
	 * 403 for anyone not an active member; 409 for a second nomination.
	 */
	@Transactional
	public Candidate nominate(CurrentUser user, Long id, String statement) {
		Election election = get(user, id);
		election.checkNominating(this.clock.instant());
		if (user == null || this.offices.activeMember(election.getClubId(), user.id()).isEmpty()) {
			throw Problem.forbidden();
		}
		if (statement == null || statement.isBlank()) {
			throw FieldProblem.invalid("statement", "election.statement.required");
		}
		if (statement.strip().length() > Candidate.STATEMENT_MAX) {
			throw FieldProblem.invalid("statement", "election.statement.too-long", Candidate.STATEMENT_MAX);
		}
		if (this.candidates.existsByElectionIdAndAccountId(id, user.id())) {
			throw Problem.conflict("election.candidate.already");
		}
		Candidate candidate = this.candidates
			.saveAndFlush(new Candidate(id, user.id(), user.displayName(), statement.strip(), this.clock.instant()));
		this.events.publishEvent(new CandidateNominated(id, candidate.getId()));
		return candidate;
	}

	/**
	 * The candidates the person sees: once published, the eligible ones to everyone;
	 * before, all of them to the federation and each nominee their own.
	 */
	public List<Candidate> candidates(CurrentUser user, Election election) {
		List<Candidate> all = this.candidates.findByElectionIdOrderById(election.getId());
		if (oversees(user, election)) {
			return all;
		}
		if (election.getCandidatesPublishedAt() != null) {
			return all.stream().filter(Candidate::isEligible).toList();
		}
		return user == null ? List.of() : all.stream().filter(c -> c.getAccountId().equals(user.id())).toList();
	}

	/** The published candidates (those on the ballot). */
	public List<Candidate> onBallot(Election election) {
		if (election.getCandidatesPublishedAt() == null) {
			return List.of();
		}
		return this.candidates.findByElectionIdOrderById(election.getId())
			.stream()
			.filter(Candidate::isEligible)
			.toList();
	}

	/**
	 * How a nominee meets the rules: on the frozen roll, a member for at least the
	 * configured term before the cut-off (or since the club's founding, in a club younger
	 * than that), and, where configured, no disciplinary record.
	 */
	public Eligibility eligibility(Election election, Candidate candidate) {
		boolean onRoll = election.getRollFrozenAt() != null
				&& this.box.onRoll(election.getId(), candidate.getAccountId());
		Optional<ClubMember> member = this.offices.activeMember(election.getClubId(), candidate.getAccountId());
		Instant founded = this.offices.foundedAt(election.getClubId());
		Instant since = election.getRollCutoff().minus(this.settings.minMembership());
		if (founded != null && founded.isAfter(since)) {
			since = founded;
		}
		Instant required = since;
		boolean term = member.map(m -> !m.getJoinedAt().isAfter(required)).orElse(false);
		Account account = this.accounts.byId(List.of(candidate.getAccountId())).get(candidate.getAccountId());
		boolean clean = !this.settings.barDisciplinary() || account == null || !account.hasDisciplinaryFlag();
		return new Eligibility(onRoll, member.isPresent(), term, clean, required);
	}

	/**
	 * The federation finds a candidate eligible (the rules must be met) or not (with a
	 * reason), after nominations and before the candidates are published.
	 */
	@Transactional
	public Candidate decide(CurrentUser user, Long id, Long candidateId, boolean eligible, String reason) {
		Election election = overseen(user, id);
		settle(election);
		election.checkDeciding(this.clock.instant());
		Candidate candidate = this.candidates.findByIdAndElectionId(candidateId, id).orElseThrow(Problem::notFound);
		if (eligible && !eligibility(election, candidate).met()) {
			throw Problem.conflict("election.candidate.rules");
		}
		candidate.decide(eligible, reason, user.id(), this.clock.instant());
		this.events.publishEvent(new CandidateDecided(id, candidateId, eligible));
		return candidate;
	}

	/**
	 * The federation publishes the eligible candidates: the ballot is set. Every
	 * nomination must be decided and at least one candidate eligible.
	 */
	@Transactional
	public Election publishCandidates(CurrentUser user, Long id) {
		Election election = overseen(user, id);
		settle(election);
		election.checkDeciding(this.clock.instant());
		List<Candidate> all = this.candidates.findByElectionIdOrderById(id);
		if (all.stream().anyMatch(c -> c.getStatus() == Candidate.Status.NOMINATED)) {
			throw Problem.conflict("election.candidates.undecided");
		}
		long standing = all.stream().filter(Candidate::isEligible).count();
		if (standing == 0) {
			throw Problem.conflict("election.candidates.none");
		}
		election.publishCandidates(this.clock.instant());
		this.events.publishEvent(new CandidatesPublished(id, (int) standing));
		return election;
	}

	// --- voting ---

	/** Whether the person is on the election's roll (false before it is frozen). */
	public boolean onRoll(CurrentUser user, Election election) {
		return user != null && election.getRollFrozenAt() != null && this.box.onRoll(election.getId(), user.id());
	}

	/** Whether the person has voted in the election. */
	public boolean hasVoted(CurrentUser user, Election election) {
		return user != null && this.box.hasVoted(election.getId(), user.id());
	}

	/** How many members have voted so far (never who). */
	public long votedCount(Election election) {
		return this.box.votedCount(election.getId());
	}

	/**
	 * A member on the roll casts their ballot while voting is open: one candidate, or for
	 * instant runoff the candidates in order of preference. The mark that they voted and
	 * the ballot are written in one transaction; the mark's key refuses a second ballot,
	 * however many arrive at once (409). 403 when not on the roll, 409 outside the
	 * window.
	 * @return the ballot's tracker, which is kept nowhere with the voter
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public String vote(CurrentUser user, Long id, List<Long> choice) {
		Election seen = this.transactions.execute(status -> get(user, id));
		if (seen.rollDue(this.clock.instant()) || seen.countDue(this.clock.instant())) {
			settle(id);
		}
		try {
			return this.transactions.execute(status -> cast(user, id, choice));
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			if (Boolean.TRUE.equals(this.transactions.execute(status -> this.box.hasVoted(id, user.id())))) {
				throw Problem.conflict("election.ballot.again");
			}
			throw ex;
		}
	}

	private String cast(CurrentUser user, Long id, List<Long> choice) {
		// locked, so that no ballot is put in the box after the count has emptied it
		Election election = lock(user, id);
		election.checkVoting(this.clock.instant());
		if (!this.box.onRoll(id, user.id())) {
			throw Problem.forbidden();
		}
		List<Long> ballot = checkedChoice(election, choice);
		if (this.box.hasVoted(id, user.id())) {
			throw Problem.conflict("election.ballot.again");
		}
		String tracker = this.box.cast(id, user.id(), ballot);
		this.events.publishEvent(new BallotCast(id, user.id(), election.getClubName()));
		log.info("A member voted in election {}", id);
		return tracker;
	}

	private List<Long> checkedChoice(Election election, List<Long> choice) {
		if (choice == null || choice.isEmpty() || choice.stream().anyMatch(java.util.Objects::isNull)) {
			throw FieldProblem.invalid("candidateId", "election.ballot.choice.required");
		}
		Set<Long> standing = new HashSet<>(onBallot(election).stream().map(Candidate::getId).toList());
		if (!standing.containsAll(choice) || new LinkedHashSet<>(choice).size() != choice.size()) {
			throw FieldProblem.invalid("candidateId", "election.ballot.choice.unknown");
		}
		if (election.getMethod() == Election.Method.PLURALITY && choice.size() != 1) {
			throw FieldProblem.invalid("candidateId", "election.ballot.choice.one");
		}
		return List.copyOf(choice);
	}

	// --- with the clock: the roll, reminders, the count ---

	/**
	 * Does what the clock made due for the election, once however many ask at once: the
	 * roll frozen at the end of nominations, the reminder a day before the close, the
	 * count at the close. In a transaction of its own.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void settle(Long id) {
		this.transactions.executeWithoutResult(status -> this.elections.findForUpdate(id).ifPresent(this::settle));
	}

	private void settle(Election election) {
		Instant now = this.clock.instant();
		if (election.rollDue(now)) {
			List<Long> roll = new ArrayList<>(this.offices.activeAt(election.getClubId(), election.getRollCutoff()));
			Collections.sort(roll);
			this.box.writeRoll(election.getId(), roll);
			election.freezeRoll(roll.size(), BallotBox.rollHash(roll), now);
		}
		if (election.reminderDue(now, this.settings.remindBefore())) {
			String closes = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
				.format(election.getClosesAt().atZone(this.clock.getZone()));
			for (Long member : this.box.notVoted(election.getId())) {
				this.notifications.send(member, NoticeCategory.REMINDERS,
						"election.notice.reminder." + election.getOffice(), "/elections/" + election.getId(),
						election.getClubName(), closes);
			}
			election.reminded(now);
		}
		if (election.countDue(now)) {
			count(election, now);
		}
	}

	private void count(Election election, Instant now) {
		List<Candidate> standing = onBallot(election);
		List<Long> ids = standing.stream().map(Candidate::getId).toList();
		List<BallotBox.Ballot> ballots = new ArrayList<>(this.box.ballots(election.getId()));
		List<List<Long>> choices = ballots.stream().map(BallotBox.Ballot::choice).toList();
		String lottery = BallotBox.random(32);
		Count.Result result = election.getMethod() == Election.Method.INSTANT_RUNOFF
				? Count.instantRunoff(ids, choices, lottery) : Count.plurality(ids, choices);
		Long winner = null;
		String seed = result.lotteryUsed() ? lottery : null;
		if (result.decided()) {
			winner = result.leaders().get(0);
		}
		else if (result.tied() && election.getTieRule() == Election.TieRule.LOTTERY) {
			seed = lottery;
			winner = Count.lottery(seed, result.leaders());
		}
		Collections.shuffle(ballots, RANDOM);
		String head = this.box.publish(election.getId(), election.getClosesAt(), ballots);
		this.box.empty(election.getId());
		this.box.saveTally(election.getId(), result.rounds());
		election.counted(ballots.size(), head, winner, result.tied(), seed, now);
		this.events.publishEvent(new ElectionCounted(election.getId(), ballots.size(), head, winner));
		if (winner != null) {
			Long id = winner;
			Candidate elected = standing.stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
			int votes = result.rounds().get(result.rounds().size() - 1).getOrDefault(id, 0);
			Notice notice = this.noticeBoard.open(election, elected, votes, now);
			election.noticeOpened(notice.getId(), notice.getClosesAt());
		}
	}

	// --- results ---

	/**
	 * The results, after the close only (409 before): the count round by round, the
	 * ballots published in random order with their trackers, the chain's head.
	 */
	public Results results(CurrentUser user, Long id) {
		Election election = get(user, id);
		if (!election.stage(this.clock.instant()).counted()) {
			throw Problem.conflict("election.results.not-yet");
		}
		List<PublishedBallot> published = this.box.published(id);
		return new Results(election, onBallot(election), this.box.tally(id), published);
	}

	/** The published ballot with this tracker, after the close. */
	public Optional<PublishedBallot> findTracker(CurrentUser user, Long id, String tracker) {
		Election election = get(user, id);
		if (!election.stage(this.clock.instant()).counted() || tracker == null || tracker.isBlank()) {
			return Optional.empty();
		}
		return this.box.publishedByTracker(id, tracker.strip().toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Verifies the election's published chain: every line's hash, every link, the head;
	 * names the first broken line.
	 */
	public ChainCheck verify(Long id) {
		Election election = this.elections.findById(id).orElseThrow(Problem::notFound);
		if (election.getTalliedAt() == null) {
			return new ChainCheck(true, 0, null);
		}
		return verify(election, this.box.published(id));
	}

	static ChainCheck verify(Election election, List<PublishedBallot> lines) {
		String previous = HashChain.GENESIS;
		int expected = 1;
		for (PublishedBallot line : lines) {
			if (line.seq() != expected || !line.previousHash().equals(previous)
					|| !line.sound(election.getId(), election.getClosesAt())) {
				return new ChainCheck(false, expected - 1, line.seq() != expected ? expected : line.seq());
			}
			previous = line.hash();
			expected++;
		}
		if (!previous.equals(election.getChainHead()) || lines.size() != election.getBallotsCast()) {
			return new ChainCheck(false, expected - 1, expected - 1);
		}
		return new ChainCheck(true, expected - 1, null);
	}

	// --- handover ---

	/**
	 * The federation hands the office over once the result's notice has ended without an
	 * upheld objection (it also happens by itself when the notice ends). Idempotent once
	 * handed over; 409 while the notice runs or has objections undecided.
	 */
	@Transactional
	public Election handover(CurrentUser user, Long id) {
		Election election = overseen(user, id);
		if (election.getStatus() == Election.Status.HANDED_OVER) {
			return election;
		}
		if (election.getStatus() != Election.Status.NOTICE) {
			throw Problem.conflict("election.handover.not-now");
		}
		NoticeOutcome outcome = this.notices.outcome(election.getNoticeId());
		if (!outcome.isFinal()) {
			throw Problem.conflict("election.handover.notice-running");
		}
		conclude(election, outcome.upheldRefs().contains(ElectionNoticeBoard.ref(id)));
		return election;
	}

	/** The result's notice ended: hand over, or set the result aside. */
	@Transactional
	public void noticeEnded(Long id, boolean upheld) {
		Election election = this.elections.findForUpdate(id).orElseThrow(Problem::notFound);
		if (election.getStatus() == Election.Status.NOTICE) {
			conclude(election, upheld);
		}
	}

	private void conclude(Election election, boolean upheld) {
		if (upheld) {
			election.setAside("objection-upheld");
			this.events.publishEvent(new ElectionSetAside(election.getId(), "objection-upheld"));
			return;
		}
		Candidate winner = this.candidates.findById(election.getWinnerCandidateId()).orElseThrow();
		if (this.offices.activeMember(election.getClubId(), winner.getAccountId()).isEmpty()) {
			election.setAside("winner-left");
			this.events.publishEvent(new ElectionSetAside(election.getId(), "winner-left"));
			return;
		}
		Instant now = this.clock.instant();
		List<Long> previous = this.offices.handOver(election.getClubId(), winner.getAccountId(), election.getOffice());
		election.handedOver(previous, now);
		this.events.publishEvent(new OfficeHandedOver(election.getId(), election.getClubId(), winner.getAccountId(),
				election.getOffice(), previous, now));
	}

	/**
	 * After a tie under the runoff rule, the federation calls the runoff: the tied
	 * candidates on the same roll, counted by plurality, a further tie by lottery.
	 */
	@Transactional
	public Election runoff(CurrentUser user, Long id, OffsetDateTime opensAt, OffsetDateTime closesAt) {
		Election election = overseen(user, id);
		Instant now = this.clock.instant();
		List<FieldError> errors = new ArrayList<>();
		Instant opens = instant(opensAt, "opensAt", errors);
		Instant closes = instant(closesAt, "closesAt", errors);
		if (opens != null && opens.isBefore(now)) {
			errors.add(new FieldError(null, "opensAt", "election.time.past", new Object[0]));
		}
		if (opens != null && closes != null && !closes.isAfter(opens)) {
			errors.add(new FieldError(null, "closesAt", "election.time.closes-before-opens", new Object[0]));
		}
		if (!errors.isEmpty()) {
			throw new FieldProblem(org.springframework.http.HttpStatus.BAD_REQUEST, errors);
		}
		List<Map<Long, Integer>> rounds = this.box.tally(id);
		Map<Long, Integer> last = rounds.isEmpty() ? Map.of() : rounds.get(rounds.size() - 1);
		int most = last.values().stream().max(Integer::compare).orElse(0);
		Election runoff = this.elections.saveAndFlush(election.runoff(opens, closes, user.id(), now));
		this.box.writeRoll(runoff.getId(), this.box.roll(id));
		for (Candidate candidate : this.candidates.findByElectionIdOrderById(id)) {
			if (most > 0 && last.getOrDefault(candidate.getId(), -1) == most) {
				this.candidates.save(candidate.standIn(runoff.getId(), now));
			}
		}
		this.events.publishEvent(new ElectionSetAside(id, "runoff"));
		this.events.publishEvent(new ElectionCalled(runoff.getId(), runoff.getClubId(), runoff.getClubName(),
				runoff.getOffice(), now, true));
		return runoff;
	}

	// --- for the jobs ---

	/** The elections with a roll to freeze, a reminder to send or a count to make. */
	List<Long> due() {
		Instant now = this.clock.instant();
		return this.elections.due(now, now.plus(this.settings.remindBefore()));
	}

	/** The names of people, by account id. */
	public Map<Long, Account> people(java.util.Collection<Long> ids) {
		return this.accounts.byId(ids);
	}

	/**
	 * How a nominee meets the rules.
	 *
	 * @param onRoll on the frozen roll
	 * @param member an active member now
	 * @param term a member since {@code requiredSince}
	 * @param clean no disciplinary record (or it does not bar)
	 * @param requiredSince since when a candidate must have been a member
	 */
	public record Eligibility(boolean onRoll, boolean member, boolean term, boolean clean, Instant requiredSince) {

		public boolean met() {
			return this.onRoll && this.member && this.term && this.clean;
		}

	}

	/**
	 * The results of a counted election.
	 *
	 * @param election the election
	 * @param candidates the candidates on the ballot
	 * @param rounds the count, round by round (one for plurality)
	 * @param ballots the published ballots, in their published order
	 */
	public record Results(Election election, List<Candidate> candidates, List<Map<Long, Integer>> rounds,
			List<PublishedBallot> ballots) {

		/** The first round's votes (first preferences). */
		public Map<Long, Integer> firstRound() {
			return this.rounds.isEmpty() ? Map.of() : this.rounds.get(0);
		}

		/** The last round's votes. */
		public Map<Long, Integer> finalRound() {
			return this.rounds.isEmpty() ? Map.of() : this.rounds.get(this.rounds.size() - 1);
		}

	}

	/**
	 * What a check of a published chain found.
	 *
	 * @param intact whether every line and the head agree
	 * @param linesChecked how many lines were found sound
	 * @param brokenLine the first line found broken
	 */
	public record ChainCheck(boolean intact, int linesChecked, Integer brokenLine) {
	}

}
