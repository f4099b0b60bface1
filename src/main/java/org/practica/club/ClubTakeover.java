package org.practica.club;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.practica.support.AuditedEntity;
import org.practica.support.Problem;

/**
 * A student asks to take over a dormant club, with a statement; the federation approves
 * (the student becomes president and the cancellation stops) or refuses.
 */
@Entity
@Table(name = "club_takeover")
public class ClubTakeover extends AuditedEntity {

	/** Where a request stands. */
	public enum Status {

		REQUESTED, APPROVED, REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "club_takeover_seq")
	@SequenceGenerator(name = "club_takeover_seq", sequenceName = "club_takeover_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long clubId;

	@Column(nullable = false)
	private Long requesterId;

	@Column(nullable = false)
	private String statement;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Embedded
	private Decision decision;

	protected ClubTakeover() {
	}

	ClubTakeover(Long clubId, Long requesterId, String statement) {
		this.clubId = clubId;
		this.requesterId = requesterId;
		this.statement = statement;
		this.status = Status.REQUESTED;
	}

	void decide(boolean approve, Long by, String comment, Instant now) {
		if (this.status != Status.REQUESTED) {
			throw Problem.conflict("club.takeover.decided");
		}
		this.status = approve ? Status.APPROVED : Status.REFUSED;
		this.decision = new Decision(by, now, comment);
	}

	public Long getId() {
		return this.id;
	}

	public Long getClubId() {
		return this.clubId;
	}

	public Long getRequesterId() {
		return this.requesterId;
	}

	public String getStatement() {
		return this.statement;
	}

	public Status getStatus() {
		return this.status;
	}

	public Long getDecidedBy() {
		return this.decision == null ? null : this.decision.decidedBy();
	}

	public Instant getDecidedAt() {
		return this.decision == null ? null : this.decision.decidedAt();
	}

	public String getComment() {
		return this.decision == null ? null : this.decision.comment();
	}

}
