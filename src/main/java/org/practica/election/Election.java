package org.practica.election;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.club.Office;
import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A direct election of one office of a club: a roll cut-off, a nomination period and a
 * voting window; the roll frozen when nominations end; the count at the close, then a
 * public notice of the result and the handover. Its rules of time and state live here.
 */
@Entity
public class Election extends AuditedEntity {

	/** How ballots are counted. */
	public enum Method {

		/** One choice; most votes wins. */
		PLURALITY,

		/**
		 * Ranked choices; the last is eliminated round by round until one has a majority.
		 */
		INSTANT_RUNOFF

	}

	/** How a tie for the win is resolved, chosen when the election is called. */
	public enum TieRule {

		/** A runoff election between the tied candidates, called by the federation. */
		RUNOFF,

		/** A recorded lottery whose seed is published with the results. */
		LOTTERY

	}

	/** Where an election stands after its count. */
	public enum Status {

		/** Called; nominations, checks or voting, by the clock. */
		OPEN,

		/** Counted; the result is on public notice. */
		NOTICE,

		/** The winner took office. */
		HANDED_OVER,

		/** An objection to the result was upheld, or the winner left: no handover. */
		SET_ASIDE,

		/** A tie, to be decided by a runoff. */
		RUNOFF_NEEDED,

		/** No ballot was cast, or no candidate stood. */
		NO_WINNER

	}

	/** What a person sees of where the election is. */
	public enum Stage {

		NOMINATING, CHECKING, VOTING, COUNTING, NOTICE, HANDED_OVER, SET_ASIDE, RUNOFF_NEEDED, NO_WINNER;

		/** Whether the results are out. */
		public boolean counted() {
			return ordinal() >= NOTICE.ordinal();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "election_seq")
	@SequenceGenerator(name = "election_seq", sequenceName = "election_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(nullable = false)
	private String clubName;

	@Column(nullable = false)
	private Long universityId;

	@Column(nullable = false)
	private String universityPath;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Office office;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Method method;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TieRule tieRule;

	@Column(nullable = false)
	private Instant rollCutoff;

	@Column(nullable = false)
	private Instant nominationsClose;

	@Column(nullable = false)
	private Instant opensAt;

	@Column(nullable = false)
	private Instant closesAt;

	private Long runoffOf;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(nullable = false)
	private Long calledBy;

	@Column(nullable = false)
	private Instant calledAt;

	private Instant rollFrozenAt;

	private Integer rollCount;

	private String rollHash;

	private Instant candidatesPublishedAt;

	private Instant remindedAt;

	private Instant talliedAt;

	private Integer ballotsCast;

	private String chainHead;

	private Long winnerCandidateId;

	@Column(nullable = false)
	private boolean tie;

	private String lotterySeed;

	private Long noticeId;

	private Instant noticeClosesAt;

	private Instant handedOverAt;

	private String previousHolderIds;

	private String statusReason;

	protected Election() {
	}

	Election(Long clubId, String clubName, Long universityId, String universityPath, Office office, Method method,
			TieRule tieRule, Instant rollCutoff, Instant nominationsClose, Instant opensAt, Instant closesAt,
			Long calledBy, Instant calledAt) {
		this.clubId = clubId;
		this.clubName = clubName;
		this.universityId = universityId;
		this.universityPath = universityPath;
		this.office = office;
		this.method = method;
		this.tieRule = tieRule;
		this.rollCutoff = rollCutoff;
		this.nominationsClose = nominationsClose;
		this.opensAt = opensAt;
		this.closesAt = closesAt;
		this.calledBy = calledBy;
		this.calledAt = calledAt;
		this.status = Status.OPEN;
	}

	/** A runoff between the tied candidates of this election, on the same roll. */
	Election runoff(Instant opensAt, Instant closesAt, Long by, Instant now) {
		if (this.status != Status.RUNOFF_NEEDED) {
			throw Problem.conflict("election.runoff.not-needed");
		}
		Election runoff = new Election(this.clubId, this.clubName, this.universityId, this.universityPath, this.office,
				Method.PLURALITY, TieRule.LOTTERY, this.rollCutoff, now, opensAt, closesAt, by, now);
		runoff.runoffOf = this.id;
		runoff.rollFrozenAt = now;
		runoff.rollCount = this.rollCount;
		runoff.rollHash = this.rollHash;
		runoff.candidatesPublishedAt = now;
		this.status = Status.SET_ASIDE;
		this.statusReason = "runoff";
		return runoff;
	}

	/** Where the election stands at the instant. */
	public Stage stage(Instant now) {
		return switch (this.status) {
			case OPEN -> now.isBefore(this.nominationsClose) ? Stage.NOMINATING : now.isBefore(this.opensAt)
					? Stage.CHECKING : now.isBefore(this.closesAt) ? Stage.VOTING : Stage.COUNTING;
			case NOTICE -> Stage.NOTICE;
			case HANDED_OVER -> Stage.HANDED_OVER;
			case SET_ASIDE -> Stage.SET_ASIDE;
			case RUNOFF_NEEDED -> Stage.RUNOFF_NEEDED;
			case NO_WINNER -> Stage.NO_WINNER;
		};
	}

	/** Whether the election is still to be decided (another for the office must wait). */
	public boolean isUndecided() {
		return this.status == Status.OPEN || this.status == Status.NOTICE || this.status == Status.RUNOFF_NEEDED;
	}

	void checkNominating(Instant now) {
		if (this.runoffOf != null || stage(now) != Stage.NOMINATING) {
			throw Problem.conflict("election.nominations.closed");
		}
	}

	/** Whether the roll is due to be frozen and not yet. */
	boolean rollDue(Instant now) {
		return this.rollFrozenAt == null && !now.isBefore(this.nominationsClose);
	}

	void freezeRoll(int count, String hash, Instant now) {
		if (this.rollFrozenAt != null) {
			throw Problem.conflict("election.roll.frozen");
		}
		this.rollFrozenAt = now;
		this.rollCount = count;
		this.rollHash = hash;
	}

	/** The federation decides on candidates after nominations and before voting. */
	void checkDeciding(Instant now) {
		if (stage(now) != Stage.CHECKING || this.candidatesPublishedAt != null) {
			throw Problem.conflict("election.candidates.not-now");
		}
	}

	void publishCandidates(Instant now) {
		checkDeciding(now);
		this.candidatesPublishedAt = now;
	}

	void checkVoting(Instant now) {
		if (stage(now) != Stage.VOTING) {
			throw Problem.conflict("election.voting.closed");
		}
		if (this.candidatesPublishedAt == null) {
			throw Problem.conflict("election.candidates.unpublished");
		}
	}

	boolean reminderDue(Instant now, java.time.Duration before) {
		return this.remindedAt == null && stage(now) == Stage.VOTING && !now.isBefore(this.closesAt.minus(before));
	}

	void reminded(Instant now) {
		this.remindedAt = now;
	}

	/** Whether the count is due and not yet done. */
	boolean countDue(Instant now) {
		return this.status == Status.OPEN && !now.isBefore(this.closesAt);
	}

	/**
	 * Records the count: the winner (null when none or a tie to run off), the chain head
	 * of the published ballots and the lottery's seed when one decided.
	 */
	void counted(int ballots, String chainHead, Long winner, boolean tie, String lotterySeed, Instant now) {
		if (!countDue(now)) {
			throw Problem.conflict("election.count.not-due");
		}
		this.talliedAt = now;
		this.ballotsCast = ballots;
		this.chainHead = chainHead;
		this.winnerCandidateId = winner;
		this.tie = tie;
		this.lotterySeed = lotterySeed;
		if (winner != null) {
			this.status = Status.NOTICE;
		}
		else {
			this.status = tie ? Status.RUNOFF_NEEDED : Status.NO_WINNER;
		}
	}

	void noticeOpened(Long noticeId, Instant closesAt) {
		this.noticeId = noticeId;
		this.noticeClosesAt = closesAt;
	}

	void handedOver(List<Long> previousHolders, Instant now) {
		if (this.status != Status.NOTICE) {
			throw Problem.conflict("election.handover.not-now");
		}
		this.status = Status.HANDED_OVER;
		this.handedOverAt = now;
		this.previousHolderIds = previousHolders.isEmpty() ? null
				: String.join(",", previousHolders.stream().map(String::valueOf).toList());
	}

	void setAside(String reason) {
		if (this.status != Status.NOTICE) {
			throw Problem.conflict("election.handover.not-now");
		}
		this.status = Status.SET_ASIDE;
		this.statusReason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public String getClubName() {
		return this.clubName;
	}

	public Long getUniversityId() {
		return this.universityId;
	}

	public String getUniversityPath() {
		return this.universityPath;
	}

	public Office getOffice() {
		return this.office;
	}

	public Method getMethod() {
		return this.method;
	}

	public TieRule getTieRule() {
		return this.tieRule;
	}

	public Instant getRollCutoff() {
		return this.rollCutoff;
	}

	public Instant getNominationsClose() {
		return this.nominationsClose;
	}

	public Instant getOpensAt() {
		return this.opensAt;
	}

	public Instant getClosesAt() {
		return this.closesAt;
	}

	public Long getRunoffOf() {
		return this.runoffOf;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getCalledBy() {
		return this.calledBy;
	}

	public Instant getCalledAt() {
		return this.calledAt;
	}

	public Instant getRollFrozenAt() {
		return this.rollFrozenAt;
	}

	public Integer getRollCount() {
		return this.rollCount;
	}

	public String getRollHash() {
		return this.rollHash;
	}

	public Instant getCandidatesPublishedAt() {
		return this.candidatesPublishedAt;
	}

	public Instant getRemindedAt() {
		return this.remindedAt;
	}

	public Instant getTalliedAt() {
		return this.talliedAt;
	}

	public Integer getBallotsCast() {
		return this.ballotsCast;
	}

	public String getChainHead() {
		return this.chainHead;
	}

	public Long getWinnerCandidateId() {
		return this.winnerCandidateId;
	}

	public boolean isTie() {
		return this.tie;
	}

	public String getLotterySeed() {
		return this.lotterySeed;
	}

	public Long getNoticeId() {
		return this.noticeId;
	}

	public Instant getNoticeClosesAt() {
		return this.noticeClosesAt;
	}

	public Instant getHandedOverAt() {
		return this.handedOverAt;
	}

	/** The accounts that held the office until the handover. */
	public List<Long> getPreviousHolderIds() {
		return this.previousHolderIds == null ? List.of()
				: Arrays.stream(this.previousHolderIds.split(",")).map(Long::valueOf).toList();
	}

	public String getStatusReason() {
		return this.statusReason;
	}

}
