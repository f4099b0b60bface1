package org.practica.election;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.practica.support.Problem;

/**
 * A member who stands in an election, with their statement, and the federation's decision
 * on whether they are eligible.
 */
@Entity
@Table(name = "election_candidate")
public class Candidate {

	/** Where a nomination stands. */
	public enum Status {

		NOMINATED, ELIGIBLE, INELIGIBLE

	}

	static final int STATEMENT_MAX = 2000;

	static final int REASON_MAX = 400;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "election_candidate_seq")
	@SequenceGenerator(name = "election_candidate_seq", sequenceName = "election_candidate_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long electionId;

	@Column(nullable = false)
	private Long accountId;

	@Column(nullable = false)
	private String displayName;

	@Column(nullable = false)
	private String statement;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	private String reason;

	@Column(nullable = false)
	private Instant nominatedAt;

	private Long decidedBy;

	private Instant decidedAt;

	protected Candidate() {
	}

	Candidate(Long electionId, Long accountId, String displayName, String statement, Instant now) {
		this.electionId = electionId;
		this.accountId = accountId;
		this.displayName = displayName;
		this.statement = statement;
		this.status = Status.NOMINATED;
		this.nominatedAt = now;
	}

	/** A copy standing in a runoff, already found eligible. */
	Candidate standIn(Long runoffId, Instant now) {
		Candidate copy = new Candidate(runoffId, this.accountId, this.displayName, this.statement, now);
		copy.status = Status.ELIGIBLE;
		copy.decidedBy = this.decidedBy;
		copy.decidedAt = now;
		return copy;
	}

	void decide(boolean eligible, String reason, Long by, Instant now) {
		if (!eligible && (reason == null || reason.isBlank())) {
			throw org.practica.support.FieldProblem.invalid("reason", "election.candidate.reason.required");
		}
		if (reason != null && reason.strip().length() > REASON_MAX) {
			throw org.practica.support.FieldProblem.invalid("reason", "election.candidate.reason.too-long", REASON_MAX);
		}
		this.status = eligible ? Status.ELIGIBLE : Status.INELIGIBLE;
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
		this.decidedBy = by;
		this.decidedAt = now;
	}

	void checkStanding() {
		if (this.status != Status.ELIGIBLE) {
			throw Problem.conflict("election.candidate.not-eligible");
		}
	}

	public boolean isEligible() {
		return this.status == Status.ELIGIBLE;
	}

	public Long getId() {
		return this.id;
	}

	public Long getElectionId() {
		return this.electionId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public String getStatement() {
		return this.statement;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getNominatedAt() {
		return this.nominatedAt;
	}

	public Long getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
