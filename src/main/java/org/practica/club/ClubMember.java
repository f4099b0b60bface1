package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import org.practica.support.Problem;

/**
 * A student's membership of a club: waiting for approval, active (perhaps holding an
 * office), or ended with when and why. Ended memberships are kept.
 */
@Entity
public class ClubMember {

	/** Where a membership stands. */
	public enum Status {

		PENDING, ACTIVE, ENDED

	}

	/** Why a membership ended. */
	public enum EndReason {

		LEFT, REMOVED, GRADUATED, DECLINED, CLUB_CLOSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_member_seq")
	@SequenceGenerator(name = "club_member_seq", sequenceName = "club_member_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(nullable = false)
	private Long accountId;

	private Long liveAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Office office;

	@Column(nullable = false)
	private boolean founder;

	@Column(nullable = false)
	private Instant joinedAt;

	private Instant endedAt;

	@Enumerated(EnumType.STRING)
	private EndReason endReason;

	protected ClubMember() {
	}

	ClubMember(Long clubId, Long accountId, Status status, boolean founder, Instant joinedAt) {
		this.clubId = clubId;
		this.accountId = accountId;
		this.liveAccountId = accountId;
		this.status = status;
		this.founder = founder;
		this.joinedAt = joinedAt;
	}

	void approve(Instant now) {
		if (this.status != Status.PENDING) {
			throw Problem.conflict("club.member.not-pending");
		}
		this.status = Status.ACTIVE;
		this.joinedAt = now;
	}

	void end(EndReason reason, Instant now) {
		if (this.status == Status.ENDED) {
			throw Problem.conflict("club.member.ended");
		}
		this.status = Status.ENDED;
		this.office = null;
		this.liveAccountId = null;
		this.endedAt = now;
		this.endReason = reason;
	}

	void hold(Office office) {
		if (this.status != Status.ACTIVE) {
			throw Problem.conflict("club.officer.not-member");
		}
		this.office = office;
	}

	public boolean isActive() {
		return this.status == Status.ACTIVE;
	}

	public boolean isOfficer() {
		return isActive() && this.office != null;
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public Status getStatus() {
		return this.status;
	}

	public Office getOffice() {
		return this.office;
	}

	public boolean isFounder() {
		return this.founder;
	}

	public Instant getJoinedAt() {
		return this.joinedAt;
	}

	public Instant getEndedAt() {
		return this.endedAt;
	}

	public EndReason getEndReason() {
		return this.endReason;
	}

}
